/**
 * Normalise: a simplified-script shadow of the cleaned text for extraction. The shadow is built
 * character for character (OpenCC on the whole text, and per character wherever a phrase
 * conversion would change the length), with full-width digits, letters and punctuation folded to
 * ASCII; so it has exactly the length of the original and an offset in the shadow is the same
 * offset in the original. Every mention found in the shadow quotes the original text.
 */
import * as OpenCC from 'opencc-js';
import { memoByString } from './memo.js';

const t2s = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Full-width forms that extraction patterns should see as ASCII (one character each). */
function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (ch === '\u3000') return ' ';
  return ch;
}

export interface Normalised {
  /** The cleaned text, original script: what mentions quote. */
  original: string;
  /** Same length as `original`, simplified script, ASCII digits and punctuation. */
  shadow: string;
  /** Share of characters that script conversion changed: above ~1% the text is traditional. */
  traditionalShare: number;
}

function convertSameLength(text: string): string {
  const whole = t2s(text);
  if (whole.length === text.length) return whole;
  // A phrase conversion changed the length somewhere: convert line by line, and character by
  // character in the lines where it happened.
  return text
    .split('\n')
    .map((line) => {
      const converted = t2s(line);
      if (converted.length === line.length) return converted;
      let out = '';
      for (let i = 0; i < line.length; i++) {
        const ch = line[i] as string;
        const c = t2s(ch);
        out += c.length === 1 ? c : ch;
      }
      return out;
    })
    .join('\n');
}

export function normalise(original: string): Normalised {
  const simplified = convertSameLength(original);
  let shadow = '';
  let changed = 0;
  let han = 0;
  for (let i = 0; i < original.length; i++) {
    const o = original[i] as string;
    const s = simplified[i] as string;
    if (/\p{Script=Han}/u.test(o)) {
      han += 1;
      if (o !== s) changed += 1;
    }
    shadow += foldWidth(s);
  }
  return { original, shadow, traditionalShare: han === 0 ? 0 : changed / han };
}

// Names and labels repeat across documents: their conversions are remembered (see memo.ts).
const simplifiedName = memoByString((name: string) => t2s(name));

/** The simplified form of any string (names, labels): for output and comparisons. */
export function toSimplified(text: string): string {
  return text.length <= 64 ? simplifiedName(text) : t2s(text);
}

const s2t = OpenCC.Converter({ from: 'cn', to: 'hk' });
const s2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });

const traditionalOf = memoByString((simplified: string) => [...new Set([s2t(simplified), s2tw(simplified)])].filter((t) => t !== simplified));

/** Traditional forms of a simplified name (Hong Kong and Taiwan standards), without the input. */
export function traditionalForms(simplified: string): string[] {
  return [...traditionalOf(simplified)];
}
