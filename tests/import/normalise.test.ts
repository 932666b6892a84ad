import { describe, expect, it } from 'vitest';
import { normalise, toSimplified, traditionalForms } from '../../import/normalise.js';

describe('normalise', () => {
  it('builds a simplified shadow of the same length, so offsets carry over', () => {
    const original = '由區民政局牽頭,區商務局、區農業農村局等多部門分工協作。';
    const { shadow } = normalise(original);
    expect(shadow).toHaveLength(original.length);
    expect(shadow).toBe('由区民政局牵头,区商务局、区农业农村局等多部门分工协作。');
    const at = shadow.indexOf('区民政局');
    expect(original.slice(at, at + 4)).toBe('區民政局');
  });

  it('folds full-width digits and punctuation in the shadow only', () => {
    const original = '解决率、满意率分别提至９７．８１％，９８．０８％';
    const { shadow } = normalise(original);
    expect(shadow).toBe('解决率、满意率分别提至97.81%,98.08%');
    expect(shadow).toHaveLength(original.length);
  });

  it('tells the script apart', () => {
    expect(normalise('海淀區委副書記、區長李俊傑做客').traditionalShare).toBeGreaterThan(0.3);
    expect(normalise('北京市海淀区人民政府工作报告').traditionalShare).toBe(0);
  });

  it('converts names both ways', () => {
    expect(toSimplified('海淀區')).toBe('海淀区');
    expect(traditionalForms('海淀区')).toContain('海淀區');
  });
});
