import { describe, expect, it } from 'vitest';
import { extractDepartments } from '../../../import/extract/departments.js';
import { extractPlaces } from '../../../import/extract/places.js';
import type { DocumentMeta } from '../../../import/read.js';
import { doc } from './harness.js';

function held(text: string, meta: DocumentMeta = {}) {
  const d = doc(text, meta);
  return [...new Set(extractDepartments(d, extractPlaces(d)).filter((m) => m.acting).map((m) => m.name))];
}

describe('extractDepartments', () => {
  it('gives a district body its district from the document', () => {
    const names = held('由區民政局牽頭,區商務局、區農業農村局等多部門分工協作', { district: '海淀区' });
    expect(names).toEqual(['海淀区民政局', '海淀区商务局', '海淀区农业农村局']);
  });

  it('resolves official short forms of municipal bodies', () => {
    expect(held('市发展改革委、市规划自然资源委、市交通委等部门主动履职')).toEqual(['北京市发展和改革委员会', '北京市规划和自然资源委员会', '北京市交通委员会']);
  });

  it('resolves 我委 to the issuing body', () => {
    expect(held('8月14日,我委联合昌平区政府召开新闻发布会', { source: '北京市发展和改革委员会' })).toContain('北京市发展和改革委员会');
  });

  it('makes a body with two names one entity, named by the first', () => {
    const d = doc('通州區委社會工委區民政局建立7項為民辦實事項目清單', { district: '通州区' });
    const mentions = extractDepartments(d, extractPlaces(d));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.aliases).toContain('通州区民政局');
  });

  it('ignores bodies named only in a directive or a title', () => {
    expect(held('按照市委、市政府决策部署和区委工作要求,坚持稳中求进工作总基调', { district: '海淀区' })).toEqual([]);
    expect(held('海淀區委副書記、區長李俊傑做客', { district: '海淀区' })).toEqual([]);
  });

  it('finds enterprises and institutions where they act', () => {
    expect(held('近期,北投集团承担建设的东方厂安置房项目正式启动入住')).toContain('北京城市副中心投资建设集团有限公司');
    expect(held('支持智源院等科研机构聚焦颠覆性技术路线开展前沿算法探索', { district: '海淀区' })).toContain('智源院');
  });
});
