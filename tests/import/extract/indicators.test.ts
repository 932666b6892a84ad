import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../import/extract/indicators.js';
import type { DocumentMeta } from '../../../import/read.js';
import { doc } from './harness.js';

const haidian2025: DocumentMeta = { title: '北京市海淀区人民政府工作报告(2025年1月7日)', publishedAt: '2025-01-07', year: 2025, genre: 'work-report' };
const interview: DocumentMeta = { title: '海淀区长做客“市民对话一把手”', publishedAt: '2025-01-15', year: 2025 };

describe('extractIndicators', () => {
  it('reads value, unit with magnitude, and the normalised value', () => {
    const [i] = extractIndicators(doc('2024年海淀區一般公共預算教育支出預計158.3億元,近5年逐年增長。', interview));
    expect(i).toMatchObject({ value: 158.3, unit: '亿元', normalizedValue: 15830000000, baseUnit: '元', year: 2024, kind: 'ACTUAL', approximate: true, measure: 'LEVEL' });
  });

  it('finds several in one sentence, each with its own label', () => {
    const found = extractIndicators(doc('持續做好“接訴即辦”,解決率、滿意率分別提至97.81%、98.08%,年度考核全市第三。', interview));
    expect(found.map((i) => [i.label, i.value, i.unit, i.measure])).toEqual([
      ['解决率', 97.81, '%', 'RATIO'],
      ['满意率', 98.08, '%', 'RATIO'],
    ]);
  });

  it('tells targets from results and growth from levels', () => {
    const found = extractIndicators(doc('今年经济社会发展主要预期目标是:地区生产总值增长5.5%,区级一般公共预算收入增长4%。', haidian2025));
    expect(found.map((i) => [i.value, i.kind, i.measure, i.year])).toEqual([
      [5.5, 'TARGET', 'CHANGE', 2025],
      [4, 'TARGET', 'CHANGE', 2025],
    ]);
  });

  it('resolves 明年 and 去年 against the document date', () => {
    const meta: DocumentMeta = { title: '回天行动计划取得阶段性显著成效', publishedAt: '2019-08-14', year: 2019 };
    const [i] = extractIndicators(doc('加快推进TBD再生水厂建设,明年建成后可增加10万立方米/日的处理能力。', meta));
    expect(i).toMatchObject({ value: 10, year: 2020, kind: 'TARGET' });
  });

  it('skips dates, times, ages, ordinals, durations and numbers in names', () => {
    const text = '2021年12月22日,厂通路开工建设。延时托管最晚到19点20分。60岁以上老人米饭免费。获评第三届优秀项目。推进地铁13号线扩能提升工程。接近4个月的时间。';
    expect(extractIndicators(doc(text, interview))).toEqual([]);
  });

  it('counts people where only 万 is written', () => {
    const [i] = extractIndicators(doc('目前海淀区60岁以上的老人有67.1万,占常住人口的比重达21.4%。', interview));
    expect(i).toMatchObject({ value: 67.1, unit: '万人', baseUnit: '人', normalizedValue: 671000 });
  });
});
