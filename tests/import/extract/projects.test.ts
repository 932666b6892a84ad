import { describe, expect, it } from 'vitest';
import { cleanName, extractProjects, hasOwnName } from '../../../import/extract/projects.js';
import { doc } from './harness.js';

const names = (text: string, title = '') => [...new Set(extractProjects(doc(text, { title })).map((p) => p.name))];

describe('extractProjects', () => {
  it('takes a name ending in a project head, without the verb that takes it', () => {
    expect(names('李俊傑重點介紹了中關村東區改造項目,這是北京市首例片區化的城市更新項目。')).toEqual(['中关村东区改造项目']);
    expect(names('推进地铁13号线扩能提升工程、地铁19号线北延建设。')).toEqual(['地铁13号线扩能提升工程', '地铁19号线北延']);
  });

  it('takes each member of an enumeration of projects', () => {
    expect(names('其中中關村街道科南路、二里溝地鐵站周邊、溫泉鎮慢行綠廊一期、溫泉鎮北部文化中心等4個項目實施完成。')).toEqual([
      '中关村街道科南路',
      '二里沟地铁站周边',
      '温泉镇慢行绿廊一期',
      '温泉镇北部文化中心',
    ]);
  });

  it('takes an enumeration that follows another clause, and one counted by 所', () => {
    // The pattern is tried only inside spans between , ， 。 ; ； : ： that hold 等 or a count.
    expect(names('有序推进城中村改造,扎实做好朱房二期、树村资金平衡用地等5个项目后续工作,协调保障金隅集团和城建集团全区')).toEqual(['朱房二期', '树村资金平衡用地']);
    expect(names('引入人大附中(27班中小学)、清华附小(24班小学)两所优质教育资源,9月份招生后增加2040个学位。')).toEqual(['人大附中(27班中小学)', '清华附小(24班小学)']);
  });

  it('takes quoted names that the text builds or runs, with a head right after the quote', () => {
    expect(names('針對這些問題,2024年8月,區政府着手推動“海淀食堂”建設。')).toEqual(['海淀食堂']);
    expect(names('创新实施“四名汇智”计划。')).toEqual(['四名汇智计划']);
  });

  it('leaves generic undertakings, slogans, meetings and counted categories alone', () => {
    expect(names('去年,全区共推进城市更新项目452个,涉及面积约1800万平方米。')).toEqual([]);
    expect(names('我们要坚定拥护“两个确立”,坚决做到“两个维护”。')).toEqual([]);
    expect(names('有效利用服贸会、进博会等平台,吸引一批链主企业和优质项目落地发展。')).toEqual([]);
    expect(names('已搭建楼院议事平台6000余个,网格议事平台1000余个。')).toEqual([]);
  });

  it('gives the status as of the document', () => {
    const [road] = extractProjects(doc('广安门外南街南段实现通车,龙爪槐胡同进入收尾阶段。'));
    expect(road).toMatchObject({ name: '广安门外南街南段', status: 'COMPLETED' });
  });

  it('knows a name from generic words', () => {
    expect(hasOwnName('东方厂安置房项目')).toBe(true);
    expect(hasOwnName('城市更新项目')).toBe(false);
    expect(cleanName('全区共推进城市更新项目')).toBeNull();
    expect(cleanName('加快推进香山地区有机更新')).toBe('香山地区有机更新');
  });
});
