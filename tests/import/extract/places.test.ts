import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../import/extract/places.js';
import { doc } from './harness.js';

const names = (text: string) => [...new Set(extractPlaces(doc(text)).map((p) => `${p.name}:${p.level}`))];

describe('extractPlaces', () => {
  it('finds districts in either script and by their short form', () => {
    expect(names('海淀區委副書記、區長李俊傑做客')).toContain('海淀区:DISTRICT');
    expect(names('與延庆区探索开展低空经济创新链')).toContain('延庆区:DISTRICT');
  });

  it('finds areas and subdistricts, with their aliases', () => {
    expect(names('12月28日上午,北京城市副中心舉辦“我為群眾辦實事”新聞發布會')).toContain('城市副中心:AREA');
    expect(names('建成瑞旗家园和天北街道2所社区卫生服务中心')).toContain('天通苑北街道:SUBDISTRICT');
    expect(names('溫泉鎮慢行綠廊一期、溫泉鎮北部文化中心等4個項目實施完成')).toContain('温泉镇:SUBDISTRICT');
  });

  it('completes subdistricts listed with a shared suffix', () => {
    expect(names('在西長安街、白紙坊等10個街道開展垃圾分類示范片區創建工作')).toEqual(expect.arrayContaining(['西长安街街道:SUBDISTRICT', '白纸坊街道:SUBDISTRICT']));
  });

  it('does not take a facility named after an area for the area', () => {
    expect(names('城市綠心森林公園是城市副中心綠色空間格局的重要組成部分')).not.toContain('城市绿心:AREA');
  });
});
