/**
 * Project mentions: named, concrete undertakings — a facility or road being built, a renovation,
 * a named programme, campaign, service brand or plan whose progress or target the text reports.
 * Four ways in, all by the shape of the language rather than by any list of names:
 * 1. a noun phrase ending in a project head (项目, 工程, 行动计划, 示范区, 产业园, 医院, 公园, 路, 桥,
 *    号线…) in a clause that builds, opens, runs or plans something;
 * 2. the members of an enumeration of projects (A、B、C等4个项目实施完成, 推动X等道路开工);
 * 3. a quoted name that the text builds, runs or measures (打造“海淀食堂”品牌);
 * 4. a name already found, wherever else the document repeats it.
 * A name must have something of its own beyond generic words (城市更新项目, 重点项目 are not names).
 */
import type { ProjectStatus } from '../annotation.js';
import { reference } from '../reference.js';
import { clauseAround, sentenceAt, type ExtractionDocument, type Span } from './text.js';

export interface ProjectMention {
  type: 'Project';
  start: number;
  end: number;
  name: string;
  status: ProjectStatus;
  sector?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  aliases?: string[];
}

const HEADS = [
  '三年行动计划', '行动计划', '专项提升计划', '提升计划', '加速计划', '共创计划', '计划', '三年行动', '专项行动', '专项整治', '整治提升',
  '改造项目', '更新项目', '项目', '输变电工程', '提升工程', '展示工程', '工程', '示范区', '试验区', '实验区', '试点地区', '试点城市', '试点',
  '集聚区', '保税区', '产业园', '科技园', '科创园', '未来产业园', '园区', '产业基地', '服务基地', '基地', '家园中心', '服务中心', '文化中心',
  '活动中心', '体育中心', '医疗中心', '首发中心', '羽毛球中心', '中心医院', '医院', '院区', '住院楼', '附属学校', '学校', '幼儿园',
  '森林公园', '休闲公园', '生态公园', '遗址公园', '公园', '绿道', '步道', '绿廊', '体育馆', '图书馆', '博物馆', '艺术中心', '酒店', '商城',
  '专用路', '快速路', '大街', '小街', '中街', '胡同', '大桥', '桥', '号线', '北延', '南延', '首末站', '再生水厂', '水厂', '调蓄区', '安置房',
  '平台', '信息系统', '系统', '大模型', '实验室', '试验网', '创新街区', '街区', '小镇', '书吧', '资源库', '处理器核', '研究院', '有机更新',
  '核心区', '模范区', '特区', '先导园', '科创园',
];
const HEAD_RE = HEADS.sort((a, b) => b.length - a.length).join('|');
const HEAD_END = new RegExp(`(${HEAD_RE})$`);
const FACILITY_HEAD = /(公园|医院|学校|体育馆|图书馆|博物馆|文化中心|体育中心|艺术中心)$/;
const OPENED = /(开园|开业|开馆|开放|投用|投入使用|运营|接待)/;
// Roads need a verb of building or opening in their clause; they are checked separately.
const ROAD_HEAD = /(路|街|胡同|桥)$/;

/** Verbs that make a clause about building, running or planning something. */
const PROJECT_VERB = /(开园|迎客|开馆|封顶|促进|布局|招引|做好|建设|建成|开工|完工|竣工|投用|投入使用|开放|开通|通车|实施|推进|加快|启动|打造|新建|扩建|改造|改建|筹建|开业|运营|完成|推动|提升|整治|治理|升级|落地|挂牌|引入|建立|搭建|开展|推出|推行|谋划|创建|试运营|入住|收尾|施工|腾退|支持|深化|服务保障|服务|实现|形成|成为|获评)/;

/** Words that alone never make a name: a phrase made only of these is generic. */
const GENERIC = new Set(
  (
    '城市 更新 城市更新 片区 融合 重点 重大 民生 公共 服务 设施 基础 文化 体育 社区 养老 医疗 卫生 教育 产业 园区 绿地 公园 道路 交通 公交 场站 保障性 ' +
    '住房 安置房 老旧 小区 改造 提升 建设 新建 既有 综合 整治 环境 生态 绿色 智慧 数字 智能 创新 科技 示范 试点 市政 便民 商业 网点 彩化 小微 口袋 ' +
    '乡村 农村 美丽 村庄 宅基地 腾退 拆除 违法 背街 小巷 街巷 精细化 治理 专项 行动 三年 集团化 一批 各类 各级 相关 新型 高品质 高水平 高质量 ' +
    '区域 全区 全市 区属 市属 国家级 市级 区级 首批 这些 大型 小型 中小 学校 幼儿园 中小学 学位 医院 体育馆 工程 项目 计划 中心 平台 系统 ' +
    '基地 实验室 街区 小镇 服务中心 文化中心 活动中心 体育中心 示范区 试验区 实验区 集聚区 产业园 科技园 研究院 酒店 商城 水厂 桥 路 街 ' +
    '胡同 线 站 绿道 步道 绿廊 书吧 资源库 危旧楼 平房 危旧 改建 城中村 棚户区 保障房 公租房 回迁 定向 安置 高端 重点区域 重点地区 周边 ' +
    '沿线 全面 全域 一体化 规范化 标准化 基层 街道 乡镇 镇 村 社会 公益 便利 生活 消费 商圈 特色 精品 高新 技术 企业 发展 经济 数据 ' +
    '信息 信息化 网络 安全 应急 防灾 减灾 韧性 海绵 低碳 零碳 节能 新能源 充电 停车 停车场 慢行 步行 自行车 轨道 地铁 快速 高速 管网 ' +
    '供水 排水 污水 雨水 供热 燃气 电力 配网 输变电 垃圾 分类 资源 再生 回收 处理 终端 分拣 园林 绿化 林地 水 河道 水环境 滨水 ' +
    '景观 照明 夜景 彩化 公共空间 空间 场景 应用 服务体系 体系 机制 模式 工作 任务 品牌 服务品牌 国家 全国 北京 首都 市 区 新 老 ' +
    '主体 结构 幕墙 建筑 最大 最新 重要 主要 首个 百姓 新时代 文明 实践 所有 协同 断点 文体 普惠 普惠制 入驻 专业 引进 联系 依次 硬件 软件 ' +
    '攻坚 三大 八大 优质 资源 教育资源 社会管理 管理 用房 配套 市级 区级 街道级 试点项目 示范项目 民生实事 实事 工程建设 安全 隐患 大型 中型 ' +
    '孵化 国际化 合作 就业 新就业 机构 医疗机构 花园式 世界 领先 一流 点位 标杆 示范标杆 重点商圈 商圈 长远性 公益性 基础性 优质项目 应急 能力 ' +
    '要素 科研 院所 高校 企业 链主 集聚 学科 紧缺 全科 儿科 研究型 病房 公立 零碳 达标 工业 创业 花园式 楼宇 高能级 海外 政务 园 画廊 街角 花园 国际 科技创新 欧洲 中东'
  ).split(/\s+/),
);

/** True when a name has a part of its own beyond generic words (a place, a number, a coined word). */
export function hasOwnName(name: string): boolean {
  if (/[A-Za-z0-9]/.test(name)) return true;
  name = name.replace(/[()（）·—\-+]/g, '');
  const places = reference().placeNames;
  let i = 0;
  let residue = '';
  let ownRun = 0;
  while (i < name.length) {
    let matched = 0;
    for (let len = Math.min(6, name.length - i); len >= 1; len--) {
      const w = name.slice(i, i + len);
      const isPlace = len >= 2 && places.has(w) && w !== '北京' && w !== '北京市';
      if (GENERIC.has(w) || isPlace) {
        if (isPlace) return true;
        matched = len;
        break;
      }
    }
    if (matched) {
      ownRun = Math.max(ownRun, residue.length);
      residue = '';
      i += matched;
    } else {
      residue += name[i];
      i += 1;
    }
  }
  ownRun = Math.max(ownRun, residue.length);
  return ownRun >= 2;
}


/** Words after which a project's name begins: verbs that take it as object, prepositions, 的. */
const BOUNDARY = new RegExp(
  '(' +
    [
      '推进', '推动', '加快', '完成', '启动', '实施', '打造', '支持', '开展', '建立', '推出', '探索', '实现', '包括', '成立', '组织', '进行',
      '引进', '引入', '开工建设', '建成', '依托', '结合', '围绕', '服务保障', '协调', '鼓励', '引导', '吸引', '培育', '谋划', '筹建', '新建', '扩建', '做好',
      '办好', '抓好', '用好', '是', '为', '对', '把', '将', '在', '使', '让', '由', '向', '从', '以', '现有', '已有', '拥有', '了', '的', '以及', '依次',
      '其次', '接下来', '就是', '其中', '经过', '介绍', '搭建', '竣工', '编制', '修建', '完善', '发放', '举办', '入选', '通过', '按照', '根据',
      '联合', '加入', '更名为', '明确', '作为', '成为', '形成', '落实', '加强', '强化', '优化', '巩固', '获评', '荣获', '——', '工程中', '项目中', '计划中',
      '提供', '解决', '聚焦', '促进', '共建', '建设', '做强', '做优', '做大', '发挥', '健全', '加大', '开放', '开通', '提升了', '建设了', '完成了', '于',
    ]
      .sort((a, b) => b.length - a.length)
      .join('|') +
    ')',
  'gu',
);
const BOUNDARY_TEST = new RegExp(BOUNDARY.source, 'u');
/** What may begin a phrase but is not part of its name: time, quantities, degree and filler words. */
const LEADING = /^(全区|全市|我区|我市|本区|本市|区里|共|累计|国内首条|全国首个|首条|首个|首批|首座|首家|一批|一系列|各类|重点|重大|相关|新增|持续|积极|扎实|有序|稳步|全力|全面|深入|大力|努力|进一步|高质量|高标准|高水平|不断|着力|继续|尽快|力争|确保|还|也|已|已经|正|正在|并|和|及|同时|此外|目前|今年|去年|明年|年底前|加快|推进|深化|服务|保障|利用|充分利用|统筹|[、,:·]|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|初|末|以来)?|[\d一二三四五六七八九十两几]+(?:个|处|座|条|所|项|家|批|大|类|公里|米)|[(（][一二三四五六七八九十\d]+[)）])/u;
const PRONOUN = /(任何|所有|每个|每一|这些|那些|其他|其它|各个|该|这个|那个|我们|他们|大家|一些|各|或|首个|首条|首批|首座|首家|第[一二三四五六七八九十\d]|^[—\-)）]|^区政府|^市政府|^区委|^市委|^政府)/;
const QUANTITY_INSIDE = /[\d一二三四五六七八九十两]+(个|项|家|所|处|座|名|次|套|户|张|批|大|类|种|公里|米|平方米|公顷|万)/;
const PLAN_TITLE = /(计划|行动|方案|工程|项目)$/;

function bookTitles(text: string): Span[] {
  return [...text.matchAll(/《([^《》\n]{2,40})》/gu)].map((m) => ({ start: (m.index ?? 0) + 1, end: (m.index ?? 0) + 1 + (m[1] as string).length }));
}

/** The name inside a phrase that ends in a project head, or null when there is none. */
export function cleanName(phrase: string): string | null {
  let name = phrase.replace(/(建设|开工|完工|建成|竣工|投用)$/u, '');
  let last = -1;
  for (const m of name.matchAll(BOUNDARY)) last = (m.index ?? 0) + m[0].length;
  if (last > 0) name = name.slice(last);
  for (let guard = 0; guard < 8; guard++) {
    const next = name.replace(LEADING, '');
    if (next === name) break;
    name = next;
  }
  name = name.replace(/(建设|开工|完工|建成|竣工|投用)$/u, '');
  if (name.length < 3) return null;
  if (/等/.test(name) || PRONOUN.test(name)) return null;
  if (/[A-Za-z\p{Script=Han}]\+[\p{Script=Han}]/u.test(name)) return null;
  if (/^[一二三四五六七八九十两].[一二三四五六七八九十两].$/.test(name)) return null;
  // Meetings, forums, fairs and contests are not projects.
  if (/(会|论坛|大会|展|节|赛|典礼)$/.test(name)) return null;
  if (QUANTITY_INSIDE.test(name.replace(/[(（][^()（）]*[)）]/g, '').replace(/[一二三四五六七八九十\d]期/g, ''))) return null;
  if (!hasOwnName(name)) return null;
  if ((name.match(/[(（]/g)?.length ?? 0) !== (name.match(/[)）]/g)?.length ?? 0)) return null;
  // A coordination is a name only if every part has a name of its own (金隅集团和城建集团…项目),
  // not 链主企业和优质项目.
  const parts = name.split(/和|与|及(?!其)/);
  if (parts.length > 1 && parts.some((part) => !hasOwnName(part))) return null;
  return name;
}

/** The status a clause gives: done, under way, or planned. */
function statusOf(clause: string, sentence: string, futureDocument: boolean): ProjectStatus {
  if (/(将|计划|拟|筹建|谋划|启动|开工建设|新建|年底开工|即将|力争|预计.{0,8}(开工|建成|竣工|完工))/.test(clause) && !/(已|正式启动入住)/.test(clause)) {
    if (!/(推进|加快|持续|深化|完成|提升|改造)/.test(clause) || /(筹建|谋划|启动|新建|开工建设)/.test(clause)) return 'PLANNED';
  }
  if (/(已完工|已建成|建成|完工|竣工|投用|投入使用|开放|开通|通车|实施完成|已完成|全部完成|挂牌运营|启动入住|入住|获评|开园|圆满实现|建设完成)/.test(clause) && !/(加快|推进|预计|力争|将|确保|尽快|计划)/.test(clause)) {
    return futureDocument && !/已/.test(clause) ? 'IN_PROGRESS' : 'COMPLETED';
  }
  if (/(推进|加快|实施|建设|开工|推动|持续|收尾|施工|试运营|打造|提升|深化|运营|开展|升级)/.test(clause) || /(推进|加快|实施|持续)/.test(sentence)) return 'IN_PROGRESS';
  return 'UNKNOWN';
}

interface Candidate extends Span {
  name: string;
  aliases: string[];
}

const NAME_CHARS = '[\\p{Script=Han}A-Za-z0-9()（）·—\\-+]';
const SUFFIX_AFTER_HEAD = '(?:[(（][^()（）,，。]{1,12}[)）]|[一二三四五六七八九十\\d]期|·[\\p{Script=Han}]{1,6}(?:[(（][^()（）]{1,6}[)）])?)?';

export function extractProjects(doc: ExtractionDocument, departments: { start: number; end: number; name: string; aliases: string[] }[] = []): ProjectMention[] {
  const text = doc.shadow;
  const futureDocument = /工作报告|规划|计划/.test(doc.meta.title);
  const found: Candidate[] = [];

  const departmentSpans = departments.map((d) => ({ start: d.start, end: d.end }));
  const departmentNames = departments.flatMap((d) => [d.name, ...d.aliases]);
  const titles = bookTitles(text);
  const add = (start: number, end: number, aliases: string[] = [], listed = false) => {
    const title = titles.find((t) => start >= t.start && end <= t.end);
    if (title) {
      // Inside 《…》 only the whole title can be a project (a plan), never a piece of it.
      const whole = text.slice(title.start, title.end);
      if (!PLAN_TITLE.test(whole)) return;
      start = title.start;
      end = title.end;
    }
    // A category counted right after it (搭建楼院议事平台6000余个) is no project of its own.
    if (!listed && /^[\d.]+(余|多)?[个家所座处条项套张部]/.test(text.slice(end, end + 8))) return;
    const cleaned = cleanName(text.slice(start, end));
    if (!cleaned) return;
    // Two complete names joined by 和 are two projects (海淀医院北院区和清河社区卫生服务中心); a
    // numbered line shares the prefix of the one before (轨道交通13号线拆分和17号线).
    const parts = cleaned.split(/和|及(?!其)/);
    if (parts.length === 2 && parts.every((part) => HEAD_END.test(part) || /^\d+号线/.test(part))) {
      let offset = end - cleaned.length;
      for (let part of parts) {
        const partStart = offset;
        offset += part.length + 1;
        const prefix = /^(.*?)\d+号线/.exec(parts[0] as string)?.[1];
        if (/^\d+号线/.test(part) && prefix) part = `${prefix}${part.replace(/项目$/, '')}`;
        if (part.length >= 3 && hasOwnName(part)) found.push({ start: partStart, end: partStart + part.replace(/^.*?(\d+号线)/, '$1').length, name: part, aliases });
      }
      return;
    }
    const realStart = end - cleaned.length;
    if (text.slice(realStart, end) !== cleaned) return;
    if (departmentSpans.some((d) => realStart < d.end && end > d.start && !(realStart <= d.start && end > d.end))) return;
    // A body's own name (潞城社区卫生服务中心 of 通州区潞城社区卫生服务中心) is not a project.
    if (departmentNames.some((n) => n.endsWith(cleaned))) return;
    found.push({ start: realStart, end, name: cleaned.replace(/[“”‘’"「」]/g, ''), aliases });
  };

  // 1. Noun phrases ending in a project head.
  const extension = new RegExp(`^[\\p{Script=Han}A-Za-z0-9]{0,10}?(?:${HEAD_RE})`, 'u');
  const headPhrase = new RegExp(`(${NAME_CHARS}{1,30}?)(${HEAD_RE})${SUFFIX_AFTER_HEAD}`, 'gu');
  for (const m of text.matchAll(headPhrase)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const clause = clauseAround(doc, { start, end });
    const clauseText = text.slice(clause.start, clause.end);
    // A facility may be the topic of a sentence whose verb of opening comes later
    // (城市绿心森林公园是…的重要组成部分,自2020年9月开园以来…).
    const sentence = sentenceAt(doc, start);
    const opensSentence = sentence !== undefined && (clause.start === sentence.start || /(说|介绍|表示)[,，:：]$/.test(text.slice(sentence.start, clause.start)));
    const facilityOpened = FACILITY_HEAD.test(m[2] as string) && opensSentence && OPENED.test(text.slice(end, sentence?.end ?? end));
    if (!PROJECT_VERB.test(clauseText) && !facilityOpened) continue;
    // Heads that continue into a longer word are not heads (项目库, 工程师, 计划生育).
    if (/^(库|师|生育|书|单|表|经济|管理|资金|用地|清单)/.test(text.slice(end, end + 2))) continue;
    // A plan or design about a place (北区生态复合街区控制性详细规划), a homestead (宅基地): no head.
    if (/^(控制性|控规|规划|方案|设计|导则|标准|确权)/.test(text.slice(end, end + 3)) || /宅基地$/.test(text.slice(start, end))) continue;
    // 安立路计划年底开工: 计划 as a verb.
    if (/计划$/.test(m[2] as string) && /^(年底|今年|明年|年内|于|在|到|开工|建成|完成|投用|实施|启动|开放|\d)/.test(text.slice(end, end + 3))) continue;
    // Take the phrase back to the start of its clause; the name is its tail after verbs. A head
    // followed by more of the name and another head extends to it (…滨水绿廊 + 景观提升项目).
    const phraseStart = Math.max(clause.start, start);
    end = extendThroughParenthesis(text, end);
    for (let guard = 0; guard < 3; guard++) {
      const more = extension.exec(text.slice(end, Math.min(clause.end, end + 16)));
      if (!more || BOUNDARY_TEST.test(more[0]) || /(式|今年|明年|年底|年内|计划$)/.test(more[0])) break;
      end += more[0].length;
    }
    add(phraseStart, end);
  }

  // 1b. Roads, streets and bridges being built or opened.
  for (const m of text.matchAll(new RegExp(`(${NAME_CHARS}{2,12}?(?:路|大街|小街|中街|南街|北街|胡同|大桥|桥))(?!灯|网|况|线图|径|口)((?:[东西南北]段|[一二三四五六七八九十\\d]期|[(（][^()（）]{1,10}[)）]|${NAME_CHARS}{0,8}?段)?)`, 'gu'))) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const clause = clauseAround(doc, { start, end });
    const after = text.slice(end, clause.end);
    if (!/^(北京、河北段|北京段)?.{0,12}(通车|开工|建成|完工|竣工|施工|收尾|改建|建设|进场|投用|开通)/.test(after) && !/(开通了|建成|修建|新建|打通)$/.test(text.slice(clause.start, start))) continue;
    if (!ROAD_HEAD.test(m[1] as string) && !m[2]) continue;
    add(Math.max(clause.start, start), end);
  }

  // 2. Enumerations of projects: A、B、C等4个项目; X等道路; X等重大项目.
  const enumeration = /((?:[^,，。;；:：、等]{2,30}、)*[^,，。;；:：、等]{2,30})(?:等(?:[\d一二三四五六七八九十两]+[个座条处项所家]?)?(?:[\p{Script=Han}]{0,6})(项目|工程|道路|公园绿地|场馆|设施|重点项目|重大项目|文体项目|社会管理项目|公园及绿化项目|点位|节点建设|场景|设施|场馆|公园|绿地|园区|基地|平台|中心|节点|酒店|学校|医院)|(?<!\d)(?:两|三|四|五|\d+)(所|座|个|家)(?:优质)?(?:[\p{Script=Han}]{0,4}?)(?:教育资源|学校|医院|项目))/gu;
  // A match holds none of , ， 。 ; ； : ：, so it lies inside one span between them; a span with
  // neither 等 nor a count before 所/座/个/家 cannot match. Skipping those spares this pattern —
  // the costliest of extraction — its backtracking at every position; the matches are the same.
  for (const span of text.matchAll(/[^,，。;；:：]+/gu)) {
    if (!span[0].includes('等') && !/[两三四五\d][所座个家]/u.test(span[0])) continue;
    for (const m of span[0].matchAll(enumeration)) {
      const listStart = (span.index ?? 0) + (m.index ?? 0);
      const items = (m[1] as string).split(/(、|’‘|”“)/);
      let offset = listStart;
      items.forEach((item, idx) => {
        if (/^(、|’‘|”“)$/.test(item)) {
          offset += item.length;
          return;
        }
        const itemStart = offset;
        const itemEnd = offset + item.length;
        offset = itemEnd;
        const clause = clauseAround(doc, { start: itemStart, end: itemEnd });
        add(idx === 0 ? Math.max(clause.start, itemStart) : itemStart, itemEnd, [], true);
      });
    }
  }

  // 2b. One head shared by two names: 建成瑞旗家园和天北街道2所社区卫生服务中心.
  const distributive = new RegExp(`([\\p{Script=Han}]{2,10})(?:和|及)([\\p{Script=Han}]{2,10})(?:2|两)(?:所|个|座|处|家)([\\p{Script=Han}]{0,6}?(?:${HEAD_RE}))`, 'gu');
  for (const m of text.matchAll(distributive)) {
    const head = m[3] as string;
    for (const part of [m[1] as string, m[2] as string]) {
      const base = cleanName(`${part}${head}`);
      const at = text.indexOf(part, m.index ?? 0);
      if (base && at >= 0) found.push({ start: at, end: at + part.length, name: cleanName(`${part}`) ? `${base}` : base, aliases: [] });
    }
  }

  // 2c. Projects listed in parentheses after their count: 4个社会管理项目(天通苑南街道办事处、…和派出所).
  for (const m of text.matchAll(/(?:项目|工程)[(（]([^()（）]{4,80})[)）]/gu)) {
    let offset = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    for (const item of (m[1] as string).split(/(、|和|及)/)) {
      if (!/^(、|和|及)$/.test(item) && item.length >= 4 && hasOwnName(item)) found.push({ start: offset, end: offset + item.length, name: item, aliases: [] });
      offset += item.length;
    }
  }
  // 2d. Items that share the head of the last one: 回龙观地区配网设施改造、回龙观地区配网设施增容项目.
  for (const m of text.matchAll(/([^,，。;；:：、]{4,24})、([^,，。;；:：、]{4,24}?)(项目|工程)(?![\p{Script=Han}]{0,2}[、和])/gu)) {
    const first = m[1] as string;
    const start = m.index ?? 0;
    const name = cleanName(first);
    if (name && /(改造|增容|提升|建设|扩建|改建|新建|整治|治理|修缮)$/.test(name)) add(start + first.length - name.length, start + first.length);
  }

  // 3. Quoted names that the text builds, runs or measures.
  const headAfterQuote = new RegExp(`^(${HEAD_RE})`);
  for (const m of text.matchAll(/[“"‘「]([^“”"‘’「」\n、]{2,16})[”"’」]/gu)) {
    const inner = m[1] as string;
    if (inner.length < 3 && !headAfterQuote.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 6))) continue;
    const start = (m.index ?? 0) + 1;
    const end = start + inner.length;
    const before = text.slice(Math.max(0, start - 6), start - 1);
    const after = text.slice(end + 1, end + 12);
    // Numbered slogans (两个维护, 十四五, 一圈一策) are names only where the text makes them a work.
    const sloganLike = /^[一二三四五六七八九十两]+(个|大|项|条|子|有|性|城|区|方|为|是)|^十[一二三四五六七八九]五|^[一二三四五六七八九十两].{1,2}[一二三四五六七八九十两]/.test(inner);
    if (sloganLike && !/^(项目|工程|品牌|建设|计划|行动)|^[两三四五六七八九十\d]+[条座个所项][^,，。]{0,8}(工程|项目)/.test(after)) continue;
    if (/(获评|荣获|评为|入选)[^,，。]{0,6}$/.test(text.slice(Math.max(0, start - 12), start - 1)) || /(获评|荣获|评为|称号|入选|口号|理念|精神|思想|要求|原则|意识|确立|维护)$/.test(before) || /^(称号|精神|要求|理念|原则|目标|的目标|思想|意识|的要求|作为|改革|模式|机制|制度|政策|工作法|服务链条|链条|式)/.test(after)) continue;
    if (/^从|到|至/.test(inner)) continue;
    const projectContext =
      /^(品牌|服务品牌|项目|工程|计划|行动|建设|试点|系统|平台|紧急呼叫系统|儿童福利服务品牌|各项功能|贷款|系列直播|标准化|挂牌运营|遍地开花|桥|路(?!灯)|公园)/.test(after) ||
      (/^[两三四五六七八九十\d]+[条座个所项][^,，。]{0,8}(工程|项目)/.test(after) && sloganLike) ||
      /^(‘[^’]{2,12}’|“[^”]{2,12}”)*等.{0,6}(建设|项目|工程|品牌)/.test(after) ||
      /(建设|打造|打造好|推出|推行|实施|开展|组建|成立|开通|持续做好|做好|安装|推进|启动|创新实施|依托)$/.test(before) ||
      /^(获评|入选|荣获)/.test(after);
    if (!projectContext) continue;
    if (!hasOwnName(inner) && !/^(品牌|项目)/.test(after)) continue;
    // A head right after the quote belongs to the name: “四名汇智”计划, “千荷泻露”桥.
    const head = (/^(行动计划|计划|项目|工程|行动|桥|路|公园)(?!灯|网|线|口)/.exec(after) ?? (inner.length < 3 ? headAfterQuote.exec(after) : null))?.[1];
    const name = head ? `${inner}${head}` : inner;
    found.push({ start, end: head ? end + 1 + head.length : end, name, aliases: head ? [inner] : [] });
  }

  // A head phrase right after a quoted name describes it: “一键呼”紧急呼叫系统 is 一键呼.
  for (const q of found.filter((c) => /[”"’」]/.test(text[c.end] ?? ''))) {
    for (const c of found.filter((c) => c.start === q.end + 1)) {
      q.aliases.push(`${q.name}${c.name}`);
      found.splice(found.indexOf(c), 1);
    }
  }

  // 4. Every other place where the document repeats a name it has.
  const names = [...new Set(found.map((c) => c.name))];
  for (const name of names) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name, from);
      if (at < 0) break;
      from = at + name.length;
      if (!found.some((c) => c.start <= at && c.end >= at + name.length)) found.push({ start: at, end: at + name.length, name, aliases: [] });
    }
  }

  // Two candidates back to back are one name: 地铁13号线 + 扩能提升工程, 海淀医院 + 北院区.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k] as Candidate;
    const b = found.find((c) => c.start === a.end && c !== a);
    if (b && a.name === text.slice(a.start, a.end) && b.name === text.slice(b.start, b.end)) {
      found.push({ start: a.start, end: b.end, name: a.name + b.name, aliases: [] });
    }
  }
  // Keep the longest name where candidates overlap.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of found) {
    const overlap = kept.find((k) => c.start < k.end && c.end > k.start);
    if (!overlap) kept.push(c);
    else if (c.end - c.start > overlap.end - overlap.start && c.start >= overlap.start - 2) kept.splice(kept.indexOf(overlap), 1, c);
  }

  return kept.map((c) => {
    const clause = clauseAround(doc, c);
    const sentence = sentenceAt(doc, c.start) ?? clause;
    return {
      type: 'Project' as const,
      start: c.start,
      end: c.end,
      name: c.name,
      status: statusOf(text.slice(clause.start, clause.end), text.slice(sentence.start, sentence.end), futureDocument),
      aliases: c.aliases,
    };
  });
}

function extendThroughParenthesis(text: string, end: number): number {
  const m = /^[(（][^()（）,，。]{1,12}[)）]/u.exec(text.slice(end, end + 16));
  return m ? end + m[0].length : end;
}
