/**
 * Toneless pinyin forms of a name, for search: 海淀食堂 → "haidian shitang" (by word, so that
 * `haidian shitang` finds it), "haidianshitang" and "hai dian shi tang".
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { memoByString } from './memo.js';
import { toSimplified } from './normalise.js';

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

export function pinyinForms(name: string): string[] {
  // A copy, as traditionalForms gives: no caller can change the remembered forms.
  return [...pinyinOfSimplified(toSimplified(name))];
}

/**
 * `pinyinForms` of a name already in simplified script, remembered per process: a name's
 * traditional spelling has the same pinyin, so a corpus in both scripts computes it once per name
 * instead of once per spelling (about half the misses on the synthetic corpus).
 */
const pinyinOfSimplified = memoByString((simplified: string): string[] => {
  const words = segmenter()
    .cut(simplified, false)
    .map((w) => syllables(w).join(''))
    .filter(Boolean);
  const all = syllables(simplified);
  return [...new Set([words.join(' '), all.join(''), all.join(' ')])].filter(Boolean);
}, 200_000);

/** A search query as pinyin words (lower case, separated by spaces), or null if it is not Latin. */
export function isPinyinQuery(query: string): boolean {
  return /^[a-zA-Z\s'’-]+$/.test(query.trim());
}
