import { describe, expect, it } from 'vitest';
import { clean, cleanDocument, removePinyinArtefacts } from '../../import/clean.js';
import { normalise } from '../../import/normalise.js';

describe('clean', () => {
  it('removes the pinyin artefact after a Han character', () => {
    expect(removePinyinArtefacts('北京城市副中心舉辦“我為群眾辦實事”新聞發(fā)布會')).toBe('北京城市副中心舉辦“我為群眾辦實事”新聞發布會');
    expect(removePinyinArtefacts('通州區委社會工委區(qū)民政局')).toBe('通州區委社會工委區民政局');
  });

  it('keeps parentheses that hold Han characters or digits', () => {
    const text = '清河之洲(樹村段)濱水綠廊景觀提升項目、京張鐵路遺址公園(二期)、人大附中(27班中小学)';
    expect(removePinyinArtefacts(text)).toBe(text);
  });

  it('drops page furniture and keeps the content', () => {
    const raw = [
      '當前位置: 首页 > 工作动态 > 发改之声',
      '日期:2025-01-15 10:50    來源:北京海淀',
      '分享:',
      '字號:        ',
      '  在公園建設方面,2024年8個公園建成開放,全區現有公園143個。',
      '您訪問的連結即將離開“首都之窗”門戶網站 是否繼續?',
      '北京市西城區人民政府主辦     北京市西城區科學技術和信息化局承辦    政府網站標識碼:1101020002',
      '站點地圖     ICP備案序號:京ICP備19014909號    京公網安備:11010202007633號',
    ].join('\n');
    expect(clean(raw)).toBe(['日期:2025-01-15 10:50 來源:北京海淀', '在公園建設方面,2024年8個公園建成開放,全區現有公園143個。'].join('\n'));
  });

  it('folds runs of whitespace and blank lines', () => {
    expect(clean('  凝心聚力   真抓实干 \r\n\r\n\r\n\u3000\u3000回天行动计划取得阶段性显著成效')).toBe('凝心聚力 真抓实干\n\n回天行动计划取得阶段性显著成效');
  });

  it('hands normalise the same simplified text it would make itself, line for line', () => {
    const raw = [
      '當前位置: 首页 > 工作动态 > 发改之声',
      '  海淀區委副書記、區長李俊傑做客“市民對話一把手”  ',
      '',
      '',
      '在公園建設方面,2024年8個公園建成開放,全區現有公園143個。',
      '分享:',
      '北京城市副中心舉辦“我為群眾辦實事”新聞發(fā)布會',
    ].join('\r\n');
    const { text, simplified } = cleanDocument(raw);
    expect(text).toBe(clean(raw));
    expect(simplified.split('\n')).toHaveLength(text.split('\n').length);
    expect(simplified).toContain('海淀区委副书记、区长李俊杰做客');
    expect(normalise(text, simplified)).toEqual(normalise(text));
  });
});
