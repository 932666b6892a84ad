/**
 * Relations keep their evidence as "documentId:start:end" strings and their documents as ids;
 * these turn them into Evidence rows and Document rows for the API.
 */
import type { Context } from './context.js';
import type { DocumentRow, EvidenceRow } from './db/rows.js';

export function evidenceRows(evidence: readonly string[] | null | undefined): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  for (const e of evidence ?? []) {
    const [documentId, start, end] = e.split(':');
    if (documentId && start !== undefined && end !== undefined && Number.isInteger(Number(start)) && Number.isInteger(Number(end))) {
      rows.push({ documentId, start: Number(start), end: Number(end) });
    }
  }
  return rows;
}

export async function documentRows(ctx: Context, ids: readonly string[] | null | undefined): Promise<DocumentRow[]> {
  const docs = await Promise.all([...new Set(ids ?? [])].map((id) => ctx.loaders.document.load(id)));
  return docs.filter((d): d is DocumentRow => d !== null);
}
