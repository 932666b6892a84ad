import { describe, expect, it } from 'vitest';
import { findDate, resolveMetadata } from '../../import/metadata.js';
import { normalise } from '../../import/normalise.js';
import { processText } from './extract/harness.js';

describe('metadata', () => {
  it('infers title, date and source from the text when there is no .meta.json', () => {
    const text = '工作动态\n凝心聚力 真抓实干 回天行动计划取得阶段性显著成效\n日期:2019-08-14 来源:北京市发展和改革委员会\n8月14日,我委联合昌平区政府召开新闻发布会。';
    const { shadow, traditionalShare } = normalise(text);
    const meta = resolveMetadata({}, text, shadow, traditionalShare);
    expect(meta).toMatchObject({ title: '凝心聚力 真抓实干 回天行动计划取得阶段性显著成效', publishedAt: '2019-08-14', year: 2019, source: '北京市发展和改革委员会', script: 'zh-Hans' });
  });

  it('reads dates in the forms government sites use', () => {
    expect(findDate('发布时间:2025年1月7日')).toBe('2025-01-07');
    expect(findDate('2021/12/28 10:00')).toBe('2021-12-28');
    expect(findDate('2019-13-40')).toBeNull();
  });

  it('infers the district from the places a document names', () => {
    const d = processText('西城區長孫碩介紹,今年以來西城區新建綠地2.3公頃,西城區實現街道全覆蓋。');
    expect(d.meta.district).toBe('西城区');
    expect(d.meta.script).toBe('zh-Hant');
  });
});
