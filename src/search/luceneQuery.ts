/**
 * The Lucene query for a search box string, built by escaping (the user's text never becomes
 * Lucene syntax) and sent as a parameter. Chinese text is searched as a phrase in the script given
 * and in simplified script (boosted), and loosely by its character pairs (the cjk analyzer indexes
 * overlapping bigrams); Latin text is read as toneless pinyin, every word required, the last one
 * also as a prefix, so `haidian shitang`, `haidianshitang` and `haidian shi` find 海淀食堂.
 */
import { isPinyinQuery } from '../../import/pinyin.js';
import { toSimplified } from '../../import/normalise.js';

export interface LuceneQuery {
  /** The Lucene query string, or null when the text has nothing searchable (only punctuation). */
  lucene: string | null;
  /** Names, aliases or pinyin forms that count as an exact match. */
  exact: string[];
  /** The text as given and simplified (Chinese), for highlighting. */
  forms: string[];
  /** The pinyin words (Latin queries), for highlighting. */
  pinyinWords: string[] | null;
}

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes Lucene query syntax in a bare term. */
export const escapeTerm = (text: string) => text.replace(SPECIAL, (c) => `\\${c}`);
/** Escapes the inside of a "quoted phrase". */
export const escapePhrase = (text: string) => text.replace(/["\\]/g, (c) => `\\${c}`);

export function luceneQuery(text: string): LuceneQuery {
  const query = text.trim().replace(/\s+/g, ' ');
  if (isPinyinQuery(query)) {
    const words = query
      .toLowerCase()
      .split(/[\s'’-]+/)
      .map((w) => w.replace(/[^a-z0-9]/g, ''))
      .filter(Boolean);
    if (words.length === 0) return { lucene: null, exact: [], forms: [], pinyinWords: [] };
    const last = words[words.length - 1] as string;
    const required = [...words.slice(0, -1).map(escapeTerm), last.length >= 2 ? `(${escapeTerm(last)} OR ${escapeTerm(last)}*)` : escapeTerm(last)];
    const lucene = `"${escapePhrase(words.join(' '))}"^2 OR (${required.join(' AND ')})`;
    return { lucene, exact: [...new Set([words.join(' '), words.join('')])], forms: [], pinyinWords: words };
  }
  const forms = [...new Set([query, toSimplified(query)])];
  if (!forms.some((f) => /[\p{L}\p{N}]/u.test(f))) return { lucene: null, exact: [], forms, pinyinWords: null };
  const phrases = forms.map((f) => `"${escapePhrase(f)}"^2`);
  const loose = forms.map((f) => escapeTerm(f.toLowerCase()));
  return { lucene: [...phrases, ...loose].join(' OR '), exact: forms, forms, pinyinWords: null };
}
