import { describe, expect, it } from 'vitest';
import { isPinyinQuery, pinyinForms } from '../../import/pinyin.js';

describe('pinyinForms', () => {
  it('gives a name by word, run together and by syllable', () => {
    expect(pinyinForms('海淀区民政局')).toEqual(expect.arrayContaining(['haidianqu minzhengju', 'haidianquminzhengju', 'hai dian qu min zheng ju']));
  });

  it('gives a traditional spelling the pinyin of its simplified form', () => {
    // 回龙观天通苑地区 as a seed writes it, and its traditional spelling.
    expect(pinyinForms('回龍觀天通苑地區')).toEqual(pinyinForms('回龙观天通苑地区'));
    expect(pinyinForms('回龍觀天通苑地區')).toContain('hui long guan tian tong yuan di qu');
  });

  it('tells a pinyin query from a Han one', () => {
    expect(isPinyinQuery('haidian shitang')).toBe(true);
    expect(isPinyinQuery('海淀')).toBe(false);
  });
});
