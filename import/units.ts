/**
 * Magnitude folding, shared by the extractor and the scorer (ANNOTATION.md, "Scoring"):
 * a leading magnitude character of a unit (万 = 1e4, 亿 = 1e8, 千 = 1e3, 百 = 1e2) is folded into
 * the value and removed from the unit, so 158.3 亿元 and 15830000000 元 are the same quantity.
 *
 * Decisions:
 * - Compound magnitudes multiply: 万亿 = 1e12, 千万 = 1e7, 百万 = 1e6, 千亿 = 1e11, 百亿 = 1e10.
 *   Traditional 萬 and 億 are magnitudes too.
 * - 千 is always folded, also where it is an SI prefix: 千米 → 1000 米, 千瓦 → 1000 瓦, 千克 → 1000 克,
 *   千瓦时 → 1000 瓦时. That follows the scoring rule "千 = 1e3 folded" literally and is also physically
 *   right (千 is kilo), so 2 千米 and 2000 米 are the same quantity. (公里 is a different unit word and is
 *   not equated with 千米.)
 * - A magnitude character followed by 分 is part of a unit word, not a magnitude: 百分点, 百分比,
 *   千分比, 万分比 stay as they are (百分点 is a percentage point, not 100 × 分点).
 * - A unit that is only a magnitude (万, 亿, 万亿) folds to the empty base unit: 67.1 万 → 671000, "".
 * - The unit is normalised before folding: Unicode NFKC (full-width forms: ％ → %, ｍ → m), whitespace
 *   removed. So % and ％ are the same base unit "%".
 * - The multiplication is decimal-exact: the value's decimal string is shifted, so
 *   158.3 × 1e8 is exactly 15830000000 (not 15830000000.000002).
 */

const MAGNITUDE_EXPONENT: Readonly<Record<string, number>> = {
  百: 2,
  千: 3,
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
};

export interface FoldedQuantity {
  value: number;
  baseUnit: string;
}

/** NFKC, no whitespace: the form in which units are compared. */
export function normalizeUnit(unit: string): string {
  return unit.normalize('NFKC').replace(/\s+/gu, '');
}

/** The power of ten that the leading magnitude characters of `unit` stand for, and the rest. */
export function splitMagnitude(unit: string): { exponent: number; baseUnit: string } {
  const chars = Array.from(normalizeUnit(unit));
  let exponent = 0;
  let i = 0;
  while (i < chars.length) {
    const c = chars[i]!;
    const e = MAGNITUDE_EXPONENT[c];
    if (e === undefined) break;
    // 百分点, 百分比, 千分比: a unit word, not a magnitude.
    if (chars[i + 1] === '分') break;
    exponent += e;
    i += 1;
  }
  return { exponent, baseUnit: chars.slice(i).join('') };
}

/** `value × 10^exponent`, computed on the decimal string so that no binary rounding creeps in. */
export function shiftDecimal(value: number, exponent: number): number {
  if (exponent === 0 || !Number.isFinite(value) || value === 0) return value;
  const negative = value < 0;
  // String(x) gives the shortest decimal that round-trips, possibly in exponential notation.
  const text = String(Math.abs(value));
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) return value * 10 ** exponent;
  const intPart = m[1]!;
  const fracPart = m[2] ?? '';
  const exp = Number(m[3] ?? '0') + exponent;
  // digits × 10^(exp - fracPart.length)
  const digits = intPart + fracPart;
  const point = intPart.length + exp; // position of the decimal point in `digits`
  let shifted: string;
  if (point <= 0) shifted = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) shifted = digits + '0'.repeat(point - digits.length);
  else shifted = `${digits.slice(0, point)}.${digits.slice(point)}`;
  const result = Number(shifted);
  return negative ? -result : result;
}

/**
 * Folds a leading magnitude of `unit` into `value`: (158.3, '亿元') → (15830000000, '元'),
 * (233.2, '万人次') → (2332000, '人次'), (67.1, '万') → (671000, ''), (7, '％') → (7, '%').
 */
export function foldMagnitude(value: number, unit: string): FoldedQuantity {
  const { exponent, baseUnit } = splitMagnitude(unit);
  return { value: shiftDecimal(value, exponent), baseUnit };
}
