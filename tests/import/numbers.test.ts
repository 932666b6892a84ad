import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseNumber } from '../../import/extract/numbers.js';

describe('numbers as written', () => {
  it.each([
    ['五', 5],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零八', 108],
    ['一千二百', 1200],
    ['三万五千', 35000],
    ['九', 9],
    ['三点五', 3.5],
  ])('reads the Chinese numeral %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('reads Arabic numbers with decimals and thousands separators', () => {
    expect(parseNumber('158.3')).toBe(158.3);
    expect(parseNumber('1,337')).toBe(1337);
    expect(parseNumber('97.81')).toBe(97.81);
  });

  it('rejects what is not a number', () => {
    expect(parseChineseNumeral('五子')).toBeNull();
    expect(parseNumber('HD00')).toBeNull();
  });
});
