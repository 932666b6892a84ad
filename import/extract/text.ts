/**
 * The document as the extractors see it: the simplified shadow text (same offsets as the
 * original), its sentences and paragraphs, and the resolved metadata.
 */
import type { DocumentMetadata } from '../metadata.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

export interface ExtractionDocument {
  key: string;
  /** Cleaned text, original script. */
  original: string;
  /** Simplified, ASCII-punctuation shadow of `original`, same length. */
  shadow: string;
  meta: DocumentMetadata;
  sentences: Sentence[];
}

const SENTENCE_END = /[。!?;！？；]/;

/** Splits into sentences at 。！？； and line ends; each knows its paragraph (line) number. */
export function splitSentences(shadow: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(shadow[s] as string)) s++;
    let e = end;
    while (e > s && /\s/.test(shadow[e - 1] as string)) e--;
    if (e > s) out.push({ start: s, end: e, paragraph });
  };
  for (let i = 0; i < shadow.length; i++) {
    const ch = shadow[i] as string;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      paragraph += 1;
    } else if (SENTENCE_END.test(ch)) {
      // A closing quote right after the stop belongs to the sentence.
      let end = i + 1;
      while (end < shadow.length && /[”’"」』)]/.test(shadow[end] as string)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(shadow.length);
  return out;
}

export function sentenceAt(doc: ExtractionDocument, pos: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// Parentheses and quotes sit inside clauses (清河之洲(树村段)…项目, “一键呼”各项功能…).
const CLAUSE_BREAK = /[,，:：]/;

/** The clause around a span: the stretch of its sentence between commas and colons. */
export function clauseAround(doc: ExtractionDocument, span: Span): Span {
  const sentence = sentenceAt(doc, span.start) ?? { start: 0, end: doc.shadow.length };
  let start = span.start;
  while (start > sentence.start && !CLAUSE_BREAK.test(doc.shadow[start - 1] as string)) start--;
  let end = span.end;
  while (end < sentence.end && !CLAUSE_BREAK.test(doc.shadow[end] as string)) end++;
  return { start, end };
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of names, longest first, so the leftmost match is also the longest. */
export function alternation(names: Iterable<string>): string {
  return [...new Set(names)]
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

export const HAN = '\\p{Script=Han}';
