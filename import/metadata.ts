/**
 * Metadata of a document: what NAME.meta.json says, and what is missing inferred from the text —
 * title from the heading, date from patterns such as 日期:2025-01-15 or 2019-08-14, the issuing
 * body from 来源:, the script from the characters; the district is inferred later, from the places
 * the document names.
 */
import type { DocumentMeta } from './read.js';

export interface DocumentMetadata {
  title: string;
  publishedAt: string | null;
  year: number | null;
  source: string | null;
  url: string | null;
  /** Canonical district name (海淀区), set from metadata or inferred from the text. */
  district: string | null;
  script: 'zh-Hans' | 'zh-Hant';
  genre: string | null;
}

const pad = (n: string) => n.padStart(2, '0');

/** The first full date in a string: 2025-01-15, 2025/1/15, 2025.1.15 or 2025年1月15日. */
export function findDate(text: string): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)/.exec(text);
  if (!m) return null;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

function inferTitle(lines: string[]): string {
  // The heading: the first line long enough to be a title and not a date/source line.
  const candidate = lines.find((l) => l.length >= 8 && !/^(日期|来源|發布|发布|时间|時間|來源)[:：]/.test(l) && !/^\d{4}[-年]/.test(l));
  return (candidate ?? lines[0] ?? '').slice(0, 200);
}

/** Fills what the metadata file lacks from the cleaned text (original) and its shadow. */
export function resolveMetadata(meta: DocumentMeta, original: string, shadow: string, traditionalShare: number): DocumentMetadata {
  const lines = original.split('\n').map((l) => l.trim()).filter(Boolean);
  const shadowHead = shadow.slice(0, 600);
  const dateLine = /(?:日期|发布时间|发布日期|时间)[:：]\s*([^\n]{6,24})/.exec(shadowHead);
  const publishedAt = meta.publishedAt?.slice(0, 10) ?? findDate(dateLine?.[1] ?? '') ?? findDate(shadowHead);
  const source = meta.source ?? /来源[:：]\s*([^\s\n]{2,40})/.exec(shadowHead)?.[1] ?? null;
  const yearFromTitle = /((?:19|20)\d{2})年/.exec(meta.title ?? inferTitle(lines))?.[1];
  const year = meta.year ?? (publishedAt ? Number(publishedAt.slice(0, 4)) : yearFromTitle ? Number(yearFromTitle) : null);
  const script = meta.script === 'zh-Hant' || meta.script === 'zh-Hans' ? meta.script : traditionalShare > 0.01 ? 'zh-Hant' : 'zh-Hans';
  return {
    title: meta.title ?? inferTitle(lines),
    publishedAt,
    year,
    source,
    url: meta.url ?? null,
    district: meta.district ?? null,
    script,
    genre: meta.genre ?? null,
  };
}
