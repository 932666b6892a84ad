/** Numbers as written: Arabic (1,200.5) or Chinese numerals (一千二百, 两, 十五, 三点五). */

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?';

/** Parses a Chinese numeral; null when it is not one. */
export function parseChineseNumeral(text: string): number | null {
  const [intPart, fracPart] = text.split('点') as [string, string | undefined];
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of intPart) {
    if (ch in DIGIT) {
      digit = DIGIT[ch] as number;
    } else if (ch in SMALL_UNIT) {
      section += (digit ?? 1) * (SMALL_UNIT[ch] as number);
      digit = null;
    } else if (ch in BIG_UNIT) {
      total = (total + section + (digit ?? 0)) * (BIG_UNIT[ch] as number);
      section = 0;
      digit = null;
    } else return null;
  }
  let value = total + section + (digit ?? 0);
  if (fracPart) {
    let scale = 0.1;
    for (const ch of fracPart) {
      if (!(ch in DIGIT)) return null;
      value += (DIGIT[ch] as number) * scale;
      scale /= 10;
    }
    value = Number(value.toFixed(fracPart.length));
  }
  return value;
}

/** Parses an Arabic or Chinese number as written; thousands separators are allowed. */
export function parseNumber(text: string): number | null {
  const arabic = text.replace(/,(?=\d{3}(\D|$))/g, '');
  if (/^\d+(\.\d+)?$/.test(arabic)) return Number(arabic);
  return parseChineseNumeral(text);
}
