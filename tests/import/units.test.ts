import { describe, expect, it } from 'vitest';
import { foldMagnitude, shiftDecimal, splitMagnitude } from '../../import/units.js';

describe('foldMagnitude', () => {
  it.each([
    [158.3, '亿元', 15830000000, '元'],
    [233.2, '万人次', 2332000, '人次'],
    [1.3, '万套', 13000, '套'],
    [4, '万人', 40000, '人'],
    [67.1, '万', 671000, ''],
    [3, '亿', 300000000, ''],
    [12.5, '万元', 125000, '元'],
    [20, '万平方米', 200000, '平方米'],
    [16, '万立方米/日', 160000, '立方米/日'],
    [5, '百人', 500, '人'],
    [2, '千户', 2000, '户'],
  ])('%d %s → %d %s', (value, unit, folded, baseUnit) => {
    expect(foldMagnitude(value, unit)).toEqual({ value: folded, baseUnit });
  });

  it('folds compound magnitudes', () => {
    expect(foldMagnitude(1.2, '万亿元')).toEqual({ value: 1200000000000, baseUnit: '元' });
    expect(foldMagnitude(3, '千万元')).toEqual({ value: 30000000, baseUnit: '元' });
    expect(foldMagnitude(2.5, '百万人次')).toEqual({ value: 2500000, baseUnit: '人次' });
  });

  it('folds 千 also where it is an SI prefix (千米, 千瓦, 千克): physically the same quantity', () => {
    expect(foldMagnitude(11.6, '千米')).toEqual({ value: 11600, baseUnit: '米' });
    expect(foldMagnitude(2, '千瓦')).toEqual({ value: 2000, baseUnit: '瓦' });
    expect(foldMagnitude(0.5, '千克')).toEqual({ value: 500, baseUnit: '克' });
    expect(foldMagnitude(11.6, '公里')).toEqual({ value: 11.6, baseUnit: '公里' });
  });

  it('does not fold a magnitude character that begins a unit word (百分点, 千分比)', () => {
    expect(foldMagnitude(3, '个百分点')).toEqual({ value: 3, baseUnit: '个百分点' });
    expect(foldMagnitude(3, '百分点')).toEqual({ value: 3, baseUnit: '百分点' });
    expect(foldMagnitude(5, '千分比')).toEqual({ value: 5, baseUnit: '千分比' });
  });

  it('treats % and ％ as the same base unit and normalises full-width forms and spaces', () => {
    expect(foldMagnitude(7, '％')).toEqual({ value: 7, baseUnit: '%' });
    expect(foldMagnitude(7, '%')).toEqual({ value: 7, baseUnit: '%' });
    expect(foldMagnitude(7, ' % ')).toEqual({ value: 7, baseUnit: '%' });
    expect(foldMagnitude(3, '万 ｍ２')).toEqual({ value: 30000, baseUnit: 'm2' });
  });

  it('folds traditional 萬 and 億', () => {
    expect(foldMagnitude(233.2, '萬人次')).toEqual({ value: 2332000, baseUnit: '人次' });
    expect(foldMagnitude(158.3, '億元')).toEqual({ value: 15830000000, baseUnit: '元' });
  });

  it('leaves units without magnitude alone', () => {
    expect(foldMagnitude(7900, '个')).toEqual({ value: 7900, baseUnit: '个' });
    expect(foldMagnitude(97.81, '%')).toEqual({ value: 97.81, baseUnit: '%' });
    expect(foldMagnitude(8, '成')).toEqual({ value: 8, baseUnit: '成' });
    expect(foldMagnitude(10, '')).toEqual({ value: 10, baseUnit: '' });
  });

  it('is decimal-exact where plain multiplication is not', () => {
    expect(158.3 * 1e8).not.toBe(15830000000);
    expect(foldMagnitude(158.3, '亿元').value).toBe(15830000000);
    expect(foldMagnitude(0.07, '万').value).toBe(700);
    expect(foldMagnitude(1.1, '万').value).toBe(11000);
    expect(foldMagnitude(-2.3, '万').value).toBe(-23000);
    expect(foldMagnitude(0, '万元')).toEqual({ value: 0, baseUnit: '元' });
  });
});

describe('shiftDecimal and splitMagnitude', () => {
  it('shifts decimal strings, including exponential notation', () => {
    expect(shiftDecimal(1.5e-7, 4)).toBe(0.0015);
    expect(shiftDecimal(2e21, 4)).toBe(2e25);
    expect(shiftDecimal(123.456, 1)).toBe(1234.56);
    expect(shiftDecimal(0.001, 2)).toBe(0.1);
    expect(shiftDecimal(Number.NaN, 4)).toBeNaN();
  });

  it('splits leading magnitudes', () => {
    expect(splitMagnitude('万亿元')).toEqual({ exponent: 12, baseUnit: '元' });
    expect(splitMagnitude('百分点')).toEqual({ exponent: 0, baseUnit: '百分点' });
  });
});
