/**
 * The `highlight` of a search hit: the name or alias that best matches the query, HTML-escaped,
 * with the matched characters in <em>…</em>. Chinese queries mark where the query (as typed or
 * simplified) occurs, else the character pairs it shares with the name; pinyin queries mark the
 * characters whose syllables spell a query word.
 */
import { pinyin } from 'pinyin-pro';
import type { LuceneQuery } from './luceneQuery.js';

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

function render(text: string, marked: boolean[]): string {
  let out = '';
  let open = false;
  for (let i = 0; i < text.length; i++) {
    if (marked[i] && !open) out += '<em>';
    if (!marked[i] && open) out += '</em>';
    open = Boolean(marked[i]);
    out += escapeHtml(text[i] as string);
  }
  return open ? `${out}</em>` : out;
}

function markOccurrences(text: string, needle: string, marked: boolean[]): number {
  if (!needle) return 0;
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  let count = 0;
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) {
    for (let k = at; k < at + n.length; k++) marked[k] = true;
    count += 1;
  }
  return count;
}

function chineseMarks(text: string, forms: string[]): { marked: boolean[]; score: number } {
  const marked = new Array<boolean>(text.length).fill(false);
  let score = 0;
  forms.forEach((form, k) => {
    // A match of the text as typed (k = 0) counts a little more than of its simplified form.
    if (markOccurrences(text, form, marked) > 0) score = Math.max(score, form.length + (k === 0 ? 0.5 : 0));
  });
  if (score === 0) {
    for (const form of forms) for (let i = 0; i + 2 <= form.length; i++) markOccurrences(text, form.slice(i, i + 2), marked);
    score = marked.filter(Boolean).length / 2;
  }
  return { marked, score };
}

function syllable(ch: string): string {
  return pinyin(ch, { toneType: 'none', v: true }).toLowerCase().replace(/[^a-z0-9]/g, '');
}

function pinyinMarks(text: string, words: string[]): { marked: boolean[]; score: number } {
  const syllables = Array.from({ length: text.length }, (_, i) => syllable(text[i] as string));
  const marked = new Array<boolean>(text.length).fill(false);
  words.forEach((word, w) => {
    const isLast = w === words.length - 1;
    for (let i = 0; i < syllables.length; i++) {
      let acc = '';
      for (let j = i; j < syllables.length; j++) {
        acc += syllables[j];
        if (acc === word || (isLast && acc.startsWith(word) && acc.length - (syllables[j] as string).length < word.length)) {
          for (let k = i; k <= j; k++) marked[k] = true;
          break;
        }
        if (!word.startsWith(acc)) break;
      }
    }
  });
  return { marked, score: marked.filter(Boolean).length };
}

export function highlight(names: string[], query: LuceneQuery): string {
  let best = { text: names[0] ?? '', marked: [] as boolean[], score: -1 };
  for (const text of names) {
    const { marked, score } = query.pinyinWords ? pinyinMarks(text, query.pinyinWords) : chineseMarks(text, query.forms);
    if (score > best.score) best = { text, marked, score };
  }
  return render(best.text, best.marked);
}
