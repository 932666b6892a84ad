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

function convertSameLength(text: string, converted?: string): string {
  const whole = converted ?? t2s(text);
  if (whole.length === text.length) return whole;
  // A phrase conversion changed the length somewhere: convert line by line, and character by
  // character in the lines where it happened.
  return text
    .split('\n')
    .map((line) => {
      const convertedLine = t2s(line);
      if (convertedLine.length === line.length) return convertedLine;
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

const HAN = /\p{Script=Han}/u;
/** Whether a UTF-16 code unit is a Han character, remembered per code unit (0 unknown, 1 no, 2 yes). */
const hanUnits = new Uint8Array(0x10000);
function isHanUnit(code: number): boolean {
  let known = hanUnits[code] as number;
  if (known === 0) {
    known = HAN.test(String.fromCharCode(code)) ? 2 : 1;
    hanUnits[code] = known;
  }
  return known === 2;
}

/**
 * @param simplified the text's simplified conversion if the caller has it already (clean does,
 * line for line); converted here otherwise.
 */
export function normalise(original: string, simplified?: string): Normalised {
  const converted = convertSameLength(original, simplified);
  let changed = 0;
  let han = 0;
  for (let i = 0; i < original.length; i++) {
    const o = original.charCodeAt(i);
    if (isHanUnit(o)) {
      han += 1;
      if (o !== converted.charCodeAt(i)) changed += 1;
    }
  }
  const shadow = converted.replace(/[\uff01-\uff5e\u3000]/g, foldWidth);
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
