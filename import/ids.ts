/**
 * Stable, deterministic ids: the same entity gets the same id in every import, on every machine,
 * so analysts and BI tools can store them. An id is a type prefix and a hash of what identifies
 * the entity (its canonical name; for a document its key; for an indicator its document and place
 * in the text).
 */
import { createHash } from 'node:crypto';

export const ID_PREFIX = {
  District: 'dis',
  Department: 'dep',
  Project: 'prj',
  Indicator: 'ind',
  Document: 'doc',
} as const;

export type IdLabel = keyof typeof ID_PREFIX;

export function stableId(label: IdLabel, ...parts: (string | number)[]): string {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
  return `${ID_PREFIX[label]}_${hash}`;
}

/** The label an id belongs to, or null when it is not one of ours. */
export function labelOfId(id: string): IdLabel | null {
  const m = /^([a-z]{3})_[A-Za-z0-9_-]{16}$/.exec(id);
  if (!m) return null;
  const entry = Object.entries(ID_PREFIX).find(([, prefix]) => prefix === m[1]);
  return entry ? (entry[0] as IdLabel) : null;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
