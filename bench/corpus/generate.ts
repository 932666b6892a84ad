/**
 * A synthetic corpus for the import benchmark — TEST DATA ONLY. Every document is invented: the
 * districts, subdistricts and departments are real names from import/reference, but the projects,
 * people, numbers and events are made up from syllable lists and a seeded PRNG. Sentences follow
 * the style of the seed documents (work reports, press conferences, interviews, news), in
 * simplified or traditional script, so that the extractor finds a realistic number of districts,
 * departments, projects, indicators and relations in each.
 *
 * Deterministic: the same --size and --seed give byte-identical files on every machine (mulberry32,
 * no Math.random, no clock).
 *
 *   npx tsx bench/corpus/generate.ts --size 1000 --seed 42 --out /tmp/corpus-1000
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';

/** Bumped whenever the output for a given seed changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 2;

const MIN_BYTES = 3000;
const MAX_BYTES = 30_000;

const referenceDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../import/reference');
const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(referenceDir, name), 'utf8')) as T;

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG; deterministic for its seed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** k distinct items (fewer when there are not enough). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0] as T);
    return out;
  }
  /** A decimal in [lo, hi] with the given number of digits after the point, as written. */
  decimal(lo: number, hi: number, digits: number): string {
    return (lo + this.next() * (hi - lo)).toFixed(digits);
  }
  hex(length: number): string {
    let s = '';
    while (s.length < length) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// Reference data: real places and bodies, so the documents resolve like real ones.

interface RawDistrict {
  name: string;
  level: string;
  aliases: string[];
  shortForm?: string;
}
interface RawSubdistricts {
  district: string;
  subdistricts: string[];
}
interface RawArea {
  name: string;
  parents: string[];
}
interface RawMunicipal {
  name: string;
  aliases: string[];
  kind: string;
  level: string;
  partOf: string | null;
  status?: string;
}
interface RawTemplate {
  name: string;
  aliases: string[];
  appliesTo: string;
}

interface DistrictInfo {
  name: string;
  /** What texts call it in running prose: 海淀, 经开区. */
  short: string;
  subdistricts: string[];
  areas: string[];
  /** Bodies of the district's own line-up as texts write them (区民政局). */
  bodies: string[];
  /** Bodies that belong to this district only (中关村科学城管委会, 经开区管委会). */
  ownBodies: string[];
}

interface World {
  districts: DistrictInfo[];
  /** Municipal bodies by one of their usual abbreviations (市发展改革委, 市民政局). */
  municipal: string[];
}

// District departments that appear in everyday reports; the rest of the line-up is rarer.
const COMMON_BODIES = [
  '民政局', '商务局', '农业农村局', '发展改革委', '教委', '科信局', '财政局', '人力资源社会保障局', '生态环境局', '住房城乡建设委',
  '城市管理委', '交通委', '水务局', '文化和旅游局', '卫生健康委', '应急管理局', '市场监管局', '园林绿化局', '体育局', '医保局', '政务服务局',
  '国资委', '退役军人事务局', '城管执法局', '残联', '统计局', '审计局', '司法局',
];

function loadWorld(): World {
  const districts = readJson<RawDistrict[]>('districts.json').filter((d) => d.level === 'DISTRICT');
  const subdistricts = readJson<RawSubdistricts[]>('subdistricts.json');
  const areas = readJson<RawArea[]>('areas.json');
  const municipal = readJson<RawMunicipal[]>('municipal_departments.json');
  const templates = new Set(readJson<RawTemplate[]>('district_departments.json').filter((t) => t.appliesTo === 'DISTRICT').flatMap((t) => [t.name, ...t.aliases]));
  const lineUp = COMMON_BODIES.filter((b) => templates.has(b));
  return {
    districts: districts.map((d) => {
      const zone = d.name === '北京经济技术开发区';
      const central = d.name === '东城区' || d.name === '西城区';
      return {
        name: d.name,
        short: zone ? '经开区' : (d.shortForm ?? d.name.replace(/区$/, '')),
        subdistricts: subdistricts.find((s) => s.district === d.name)?.subdistricts ?? [],
        areas: areas.filter((a) => a.parents.includes(d.name) && a.parents.length === 1).map((a) => a.name),
        // 东城 and 西城 have no 农业农村局 and a 住房和城市建设委员会 (district_departments.json).
        bodies: zone ? [] : lineUp.filter((b) => !(central && (b === '农业农村局' || b === '住房城乡建设委'))).map((b) => `区${b}`),
        ownBodies: municipal.filter((m) => m.partOf === d.name).map((m) => m.aliases.find((a) => a.length <= 10) ?? m.name),
      };
    }),
    municipal: municipal
      .filter((m) => m.level === 'MUNICIPAL' && m.partOf === '北京市' && !m.status && m.kind === 'GOVERNMENT' && m.name !== '北京市人民政府')
      .flatMap((m) => m.aliases.filter((a) => a.startsWith('市') && a.length <= 8).sort((a, b) => a.length - b.length).slice(0, 1)),
  };
}

// ---------------------------------------------------------------------------------------------
// Invented names

const MORPHEMES = [...'金盛翠湖林泉河安和康华兴苑景云溪澜枫柳梅松竹荷桂青锦瑞祥福悦宁嘉源汇明月星光德仁智信融创文艺馨怡乐沁蓝丰泰隆昌旺美秀雅清碧银玉凤鹤燕雁鸿鹏朗岚峰岭塘湾洲滨澄涵韵启航远恒晟卓'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲建国志新海波宁俊晨辉鹏飞雪梅琳斌宇浩凯婷瑶欣怡博文轩'];

/** Heads of project names by kind, as the seeds write them. */
const PROJECT_HEADS: Record<string, { heads: string[]; sector: string }> = {
  park: { heads: ['公园', '森林公园', '休闲公园', '湿地公园', '口袋公园', '滨河绿道'], sector: '园林绿化' },
  industry: { heads: ['产业园', '科技园', '科创园', '创新街区', '产业基地', '数字经济产业园'], sector: '产业' },
  school: { heads: ['学校', '实验学校', '幼儿园', '中学附属学校', '小学'], sector: '教育' },
  road: { heads: ['路', '大街', '南路', '北路', '大桥', '快速路'], sector: '交通' },
  center: { heads: ['家园中心', '社区服务中心', '文化中心', '体育中心', '养老服务中心', '便民服务中心'], sector: '民生' },
  health: { heads: ['医院', '中心医院', '社区卫生服务中心', '康复医院'], sector: '医疗' },
  works: { heads: ['提升工程', '改造项目', '更新项目', '综合整治项目', '安置房项目', '再生水厂'], sector: '城市建设' },
};
const KINDS = Object.keys(PROJECT_HEADS);

export interface Project {
  name: string;
  kind: string;
}

function coin(r: Random, length: number): string {
  let s = '';
  while (s.length < length) {
    const m = r.pick(MORPHEMES);
    if (!s.endsWith(m)) s += m;
  }
  return s;
}

function inventProject(r: Random, d: DistrictInfo, kind = r.pick(KINDS)): Project {
  const head = r.pick((PROJECT_HEADS[kind] as { heads: string[] }).heads);
  const sub = d.subdistricts.length > 0 && r.chance(0.45) ? (r.pick(d.subdistricts).replace(/(街道|地区|镇|乡)$/, '') as string) : '';
  const prefix = sub.length >= 2 && sub.length <= 4 ? sub : '';
  const phase = kind !== 'road' && r.chance(0.12) ? r.pick(['一期', '二期', '三期']) : '';
  return { name: `${prefix}${coin(r, r.chance(0.7) ? 2 : 3)}${head}${phase}`, kind };
}

function person(r: Random): string {
  return r.pick(SURNAMES) + r.pick(GIVEN) + (r.chance(0.6) ? r.pick(GIVEN) : '');
}

// ---------------------------------------------------------------------------------------------
// Sentences

const INDICATORS = [
  { label: '养老家庭照护床位', unit: '张', lo: 200, hi: 9000 },
  { label: '停车位', unit: '个', lo: 80, hi: 6000 },
  { label: '中小学学位', unit: '个', lo: 300, hi: 8000 },
  { label: '保障性住房', unit: '套', lo: 200, hi: 9000 },
  { label: '公共充电桩', unit: '个', lo: 100, hi: 3000 },
  { label: '城镇就业岗位', unit: '个', lo: 2000, hi: 60000 },
  { label: '背街小巷', unit: '条', lo: 20, hi: 600 },
  { label: '社区养老服务驿站', unit: '家', lo: 3, hi: 60 },
  { label: '便民商业网点', unit: '个', lo: 10, hi: 300 },
  { label: '老旧小区综合整治', unit: '个', lo: 5, hi: 120 },
];
const AREA_INDICATORS = [
  { label: '城市绿地', unit: '公顷', lo: 5, hi: 400, digits: 1 },
  { label: '公共文化设施面积', unit: '万平方米', lo: 1, hi: 150, digits: 1 },
  { label: '拆除违法建设', unit: '万平方米', lo: 5, hi: 300, digits: 1 },
  { label: '医疗服务用房', unit: '平方米', lo: 2000, hi: 30000, digits: 0 },
];
const MONEY = ['教育支出', '民生支出', '固定资产投资', '科技投入', '社会事业投入', '城市更新投资'];
const RATES = ['解决率', '满意率', '响应率', '覆盖率', '优良天数比例', '垃圾分类准确率'];
const GROWTH = ['地区生产总值', '一般公共预算收入', '社会消费品零售总额', '居民人均可支配收入', '高新技术企业总收入', '规模以上工业增加值'];
const THEMES = [
  '接诉即办', '一刻钟便民生活圈', '疏解整治促提升', '老旧小区综合整治', '背街小巷环境精细化整治提升', '城市更新', '乡村振兴', '营商环境优化',
  '我为群众办实事', '留白增绿', '垃圾分类', '街乡吹哨、部门报到', '平安建设', '一老一小', '全民健身',
];
const SLOGANS = ['加快高质量发展', '奋力打造民生样本', '共创美好生活', '建设宜居宜业之城', '推动城市更新提质增效', '擦亮为民底色'];
const FILLER = [
  '坚持以人民为中心的发展思想,聚焦群众急难愁盼问题,推动各项工作落地见效。',
  '坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,更好统筹发展和安全。',
  '各有关部门主动担当、积极作为,社会各方广泛关注、有力支持,合力推动各项工作有序开展。',
  '补短板、惠民生效果已经显现,人民群众获得感、幸福感、安全感不断增强。',
  '每一组数据背后,都是真切而生动的百姓故事。',
  '建立周报告、月调度、重点事项即时调度等机制,明确时间表、路线图,确保任务有序落实。',
  '下一步,我们将坚持问题导向,紧紧围绕居民最关心、最直接、最现实的民生问题持续发力。',
  '大城之治,人民为本。',
  '对工作开展动态监测、总结和评估,及时研究解决重点难点问题。',
  '深入学习贯彻党的二十大精神,全面落实市委市政府决策部署。',
  '春有百花盛开,夏有蝉鸣在野,精神矍铄的老人在公园打拳舞剑,充满活力的年轻人在滨河绿道骑行慢跑。',
  '围绕人们的衣食住行、养老教育等方方面面,一项项民生实事落到了群众心坎上。',
  '我们通过这项制度,努力拉近与群众的距离,争取各方面支持,进一步凝聚社会共识、增强工作合力。',
  '美好生活需要经济发展来支撑,我们抢抓重大发展机遇,应对困难挑战,立足区域功能定位和资源优势。',
  '持续优化营商环境,深化“放管服”改革,加快政策兑现,加强企业走访对接,支持企业发展壮大。',
  '坚持系统观念,统筹推进城市更新与产业升级,以片区为单元整体谋划、分类施策。',
  '从一老一小出发,切实解决群众的操心事、烦心事、揪心事。',
  '强化责任落实,针对重点任务倒排工期,定期调度,对推进中遇到的难点问题主动协调解决。',
  '广大社区居民和社会组织积极参与,共建共治共享的社会治理格局加快形成。',
  '深入推进“平安建设”,扎实开展扫黑除恶常态化斗争,充分发挥群防群治力量作用。',
  '从严落实安全生产责任,不断提升老城火灾防控能力和城市运行保障水平。',
  '这一年,发展基础更加坚实,城市面貌更加整洁有序,人民生活更加幸福美好。',
  '经过各方积极努力,克服了历史欠账多、规划用地资源有限、配套基础薄弱等困难。',
  '各街道和社区居委会也以多种方式,坚持每月向公众报告工作情况。',
  '只见波光粼粼、碧波荡漾,水鸟翱翔、野鸭嬉戏,一幅冬日里的诗意画卷徐徐展开。',
  '回首过去的一年,我们用实干交出了一份沉甸甸的成绩单。',
  '在答疑辅导之外,为学生提供体育、艺术、科技多门类的社团活动,促进学生全面而有个性地发展。',
  '深知疫情防控是保障百姓生命安全和身体健康的有效措施,从黎明到深夜,每个人都争分夺秒奔赴最需要的地方。',
];

interface DocContext {
  r: Random;
  d: DistrictInfo;
  world: World;
  year: number;
  pool: Project[];
  /** Projects this document reports on (drawn from the district pool, plus one-offs). */
  projects: Project[];
}

const fmtInt = (n: number) => String(n);

function proj(c: DocContext, kind?: string): string {
  const of = kind ? c.projects.filter((p) => p.kind === kind) : [];
  return c.r.pick(of.length > 0 ? of : c.projects).name;
}
function body(c: DocContext): string {
  if (c.d.bodies.length === 0 || (c.d.ownBodies.length > 0 && c.r.chance(0.3))) return c.r.pick(c.d.ownBodies);
  return c.r.pick(c.d.bodies);
}
function fullBody(c: DocContext): string {
  const b = body(c);
  return b.startsWith('区') ? `${c.d.short === '经开区' ? '' : c.d.short}${b}` : b;
}
function municipalBody(c: DocContext): string {
  return c.r.pick(c.world.municipal);
}
function sub(c: DocContext): string {
  return c.d.subdistricts.length > 0 ? c.r.pick(c.d.subdistricts) : c.d.areas.length > 0 ? c.r.pick(c.d.areas) : `${c.d.short}`;
}
function place(c: DocContext): string {
  return c.d.areas.length > 0 && c.r.chance(0.3) ? c.r.pick(c.d.areas) : sub(c);
}
function indicator(c: DocContext): string {
  const r = c.r;
  if (r.chance(0.7)) {
    const i = r.pick(INDICATORS);
    return `新增${i.label}${fmtInt(r.int(i.lo, i.hi))}${i.unit}`;
  }
  const i = r.pick(AREA_INDICATORS);
  return `新增${i.label}${r.decimal(i.lo, i.hi, i.digits)}${i.unit}`;
}

type Template = (c: DocContext) => string;

/** Sentences in the style of the seeds; each names some of: a body, a project, a place, a number. */
const SENTENCES: Template[] = [
  (c) => {
    const [lead, a, b] = c.r.sample(c.d.bodies.length > 2 ? c.d.bodies : [body(c), municipalBody(c), municipalBody(c)], 3);
    return `由${lead}牵头,${a}、${b}等多部门分工协作,全力推进${proj(c)}建设。`;
  },
  (c) => `${c.r.pick(['全年', '截至目前', '一年来'])},${indicator(c)}。`,
  (c) => `加快推进${proj(c)}建设,预计${c.year + c.r.int(1, 3)}年竣工投用。`,
  (c) => {
    const [a, b] = c.r.sample(RATES, 2);
    return `持续做好“接诉即办”,${a}、${b}分别提至${c.r.decimal(90, 99.9, 2)}%、${c.r.decimal(90, 99.9, 2)}%,年度考核全市第${c.r.pick(['一', '二', '三', '四'])}。`;
  },
  (c) => {
    const ps = c.r.sample(c.projects, 3).map((p) => p.name);
    return `${c.year}年,${ps.join('、')}等${c.r.int(ps.length + 1, 12)}个项目实施完成。`;
  },
  (c) => `地区生产总值增长${c.r.decimal(3, 8, 1)}%,${c.r.pick(GROWTH.slice(1))}增长${c.r.decimal(2, 9, 1)}%。`,
  (c) => `${sub(c)}${proj(c)}建成开放,全年接待游客${c.r.decimal(5, 300, 1)}万人次。`,
  (c) => `${municipalBody(c)}联合${body(c)}启动${proj(c)},计划总投资${c.r.decimal(1, 80, 1)}亿元。`,
  (c) => `开展${c.r.pick(THEMES)}专项行动,整治背街小巷${c.r.int(20, 500)}条,拆除违法建设${c.r.decimal(1, 30, 1)}万平方米。`,
  (c) => `${fullBody(c)}积极推动${proj(c)}落地,${indicator(c)}。`,
  (c) => `${c.year}年${c.d.name}一般公共预算${c.r.pick(MONEY)}预计${c.r.decimal(10, 200, 1)}亿元,近${c.r.int(3, 5)}年逐年增长。`,
  (c) => `在${c.r.pick(['养老服务', '教育优质均衡发展', '医疗服务', '公园建设', '公共文化设施供给', '交通治理'])}方面,建成${proj(c)},${indicator(c)}。`,
  (c) => `${place(c)}${proj(c)}二期建设稳步推进,已完成主体结构施工。`,
  (c) => `${body(c)}会同${municipalBody(c)}完成${proj(c)}改造,惠及居民${c.r.int(2000, 90000)}户。`,
  (c) => `推进市政道路结转续建${c.r.int(5, 40)}条,计划完工道路${c.r.int(1, 10)}条,其中${proj(c, 'road')}全线通车。`,
  (c) => `全年新增${c.r.pick(['公园', '口袋公园', '体育场地', '社区食堂'])}${c.r.int(3, 30)}个,全区现有公园${c.r.int(30, 200)}个,居民可以“推窗见绿、开门见景”。`,
  (c) => `依托${proj(c)},引进优质企业${c.r.int(5, 120)}家,实现产值${c.r.decimal(1, 90, 1)}亿元。`,
  (c) => `打造“${coin(c.r, 2)}${c.r.pick(['食堂', '驿站', '管家', '课堂', '市集'])}”服务品牌,覆盖${c.r.int(3, c.d.subdistricts.length + 3)}个街镇,累计服务${c.r.decimal(1, 90, 1)}万人次。`,
  (c) => `空气质量连续${c.r.int(2, 10)}年保持${c.r.pick(['城六区第一', '全市前列', '持续改善'])},PM2.5年均浓度下降至${c.r.int(25, 45)}微克/立方米。`,
  (c) => `${body(c)}负责${proj(c)}的日常运营,${body(c)}配合做好配套服务。`,
  (c) => `建设${c.r.int(2, 9)}个${c.r.pick(['街区更新展示中心', '家园中心', '社区卫生服务中心'])},${c.r.int(5, 30)}个街道实现责任规划师全覆盖。`,
  (c) => `启动实施${coin(c.r, 2)}${c.r.pick(['行动计划', '三年行动', '专项提升计划'])},安排${c.r.pick(['教育、医疗', '交通、市政', '养老、文化'])}等领域共${c.r.int(20, 120)}个项目。`,
];

/** A person's words, as interviews and press conferences quote them. */
const QUOTES: Template[] = [
  (c) => `“${SENTENCES[2]?.(c).replace(/。$/, '')},让群众有更多获得感。”`,
  (c) => `“过去这里是${c.r.pick(['没人去的臭水沟', '闲置厂房', '脏乱差的城中村', '断头路'])},如今${proj(c)}变成了居民身边的好去处。”`,
  (c) => `“我们要继续把这个工作做下去,以${proj(c)}为起点,逐步实现${c.r.decimal(2, 30, 1)}公里的河流综合治理。”`,
];

/** About half of the sentences are narrative without names or numbers, as in the seeds. */
function sentence(c: DocContext): string {
  return c.r.chance(0.5) ? c.r.pick(FILLER) : c.r.pick(SENTENCES)(c);
}

function paragraph(c: DocContext, sentences: number): string {
  let p = '';
  for (let i = 0; i < sentences; i++) p += sentence(c);
  return `  ${p}`;
}

// ---------------------------------------------------------------------------------------------
// Documents

const GENRES = ['work-report', 'press-conference', 'interview', 'news'] as const;
type Genre = (typeof GENRES)[number];

const REPORT_SECTIONS = [
  '持续优化营商环境,经济发展质量效益稳步提升', '加快城市更新,城市面貌持续改善', '坚持生态优先,绿色发展底色更加鲜明', '着力保障改善民生,群众生活更有品质',
  '深化接诉即办改革,超大城市治理水平不断提升', '统筹发展和安全,社会大局保持和谐稳定', '推进乡村振兴,城乡融合发展取得新进展', '建设高水平教育体系,办好人民满意的教育',
];
const HEADLINES = [
  '亮出民生成绩单', '擦亮为民底色', '点河成金 惠及百万居民', '遍地开花全龄友好', '预计年内竣工通车', '延时服务暖人心', '实现巡视探访全覆盖', '老旧小区焕新颜',
];
const CN_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Generated {
  text: string;
  meta: { title: string; publishedAt: string | null; year: number; source: string; url: null; district: string; script: 'zh-Hans' | 'zh-Hant'; genre: Genre };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function generateDocument(r: Random, world: World, pools: Map<string, Project[]>): Generated {
  const d = r.pick(world.districts);
  const year = r.int(2015, 2025);
  const pool = pools.get(d.name) as Project[];
  const projects = [...r.sample(pool, r.int(6, 28)), ...Array.from({ length: r.int(1, 6) }, () => inventProject(r, d))];
  const c: DocContext = { r, d, world, year, pool, projects };
  const genre = r.pick(GENRES);
  const month = genre === 'work-report' ? 1 : r.int(1, 12);
  const day = r.int(1, 28);
  const date = `${year}-${pad2(month)}-${pad2(day)}`;
  const publishedAt = r.chance(0.1) ? null : date;
  // Target length in UTF-8 bytes, 3–30 KB, most around 6–12 KB (Han characters are 3 bytes).
  const targetBytes = MIN_BYTES + Math.floor((MAX_BYTES - MIN_BYTES) * r.next() ** 2.2);
  const chief = person(r);
  const governmentName = d.short === '经开区' ? '北京经济技术开发区管理委员会' : `北京市${d.name}人民政府`;
  const lines: string[] = [];
  let title: string;
  let source: string;

  switch (genre) {
    case 'work-report':
      title = `北京市${d.name}人民政府工作报告(${year}年1月${day}日)`;
      source = governmentName;
      lines.push('导航菜单', '', `(北京市)${title}`, '', `  ——${year}年1月${day}日在北京市${d.name}第${CN_NUM[r.int(0, 9)]}届人民代表大会第${CN_NUM[r.int(0, 5)]}次会议上`, '', `区长 ${chief}`, '');
      break;
    case 'press-conference':
      title = `${d.short}召开“${r.pick(THEMES)}”新闻发布会 ${r.pick(HEADLINES)}`;
      source = r.chance(0.5) ? governmentName : `北京${d.short}`;
      lines.push('当前位置: 首页 > 工作动态 > 新闻发布', '', title, '', `日期:${date} 来源:${source}`, '');
      lines.push(`  ${month}月${day}日,${d.name}召开“${r.pick(THEMES)}”新闻发布会,${r.int(3, 9)}位发布人介绍了${year}年以来各项工作进展,并答记者问。`, '');
      break;
    case 'interview':
      title = `${d.short}区委副书记、区长${chief}做客“市民对话一把手”:${r.pick(SLOGANS)}`;
      source = `北京${d.short}`;
      lines.push(title, '', `日期:${date} ${pad2(r.int(8, 18))}:${pad2(r.int(0, 59))}    来源:${source}`, '', '分享:', '字号:        ', '');
      lines.push(`  ${month}月${day}日,${d.short}区委副书记、区长${chief}做客“市民对话一把手”栏目,以提升超大城市治理水平为主题,聚焦群众关切,介绍${d.short}经验。`, '');
      break;
    default:
      title = `${r.pick(THEMES)}:${d.short}${r.pick(HEADLINES)}`;
      source = r.chance(0.5) ? governmentName : `${d.short}融媒`;
      lines.push(`${d.short}动态`, '信息详情', '', ' ', '', title, '', '');
      break;
  }

  let bytes = Buffer.byteLength(lines.join('\n'));
  let section = 0;
  while (bytes < targetBytes) {
    const block: string[] = [];
    if (genre === 'work-report') {
      block.push(`  ${CN_NUM[section % 10]}、${r.pick(REPORT_SECTIONS)}`, '');
    } else if (genre === 'press-conference') {
      block.push(r.pick(HEADLINES), '');
      block.push(`  ${fullBody(c)}${r.pick(['党组书记、局长', '副局长', '主任', '副主任'])}${person(r)}介绍,${sentence(c)}`);
    } else if (genre === 'interview') {
      block.push(`  ${d.short}${r.pick(HEADLINES)}`, '');
      block.push(`  ${r.pick(QUOTES)(c)}${chief}${r.pick(['说', '表示', '介绍'])}。`);
    } else {
      block.push(r.pick(REPORT_SECTIONS), '');
    }
    const paragraphs = r.int(2, 5);
    for (let i = 0; i < paragraphs; i++) block.push(paragraph(c, r.int(2, 6)), '');
    const text = block.join('\n');
    // Documents stay within 30 KB: a section that would pass it is left out.
    if (bytes + Buffer.byteLength(text) + 1 > MAX_BYTES && bytes >= MIN_BYTES) break;
    lines.push(text);
    bytes += Buffer.byteLength(text) + 1;
    section += 1;
  }

  const traditional = r.chance(0.5);
  const convert = traditional ? toTraditional : (s: string) => s;
  return {
    text: `${convert(lines.join('\n'))}\n`,
    meta: { title: convert(title), publishedAt, year, source: convert(source), url: null, district: d.name, script: traditional ? 'zh-Hant' : 'zh-Hans', genre },
  };
}

const toTraditional: (s: string) => string = OpenCC.Converter({ from: 'cn', to: 'hk' });

export interface GenerateOptions {
  size: number;
  seed: number;
  out: string;
}

export interface GenerateResult {
  documents: number;
  bytes: number;
  dir: string;
}

/**
 * Writes `size` documents (NAME.txt + NAME.meta.json) into `out`. Each district has a pool of
 * projects that its documents report on again and again (as real reports do, year after year),
 * so entities merge across documents in the graph.
 */
export function generateCorpus({ size, seed, out }: GenerateOptions): GenerateResult {
  const world = loadWorld();
  const r = new Random(seed);
  const pools = new Map<string, Project[]>();
  // Pools grow with the corpus (more documents, more distinct projects), as a real archive does.
  const poolSize = Math.max(30, Math.round(Math.sqrt(size) * 6));
  for (const d of world.districts) {
    const names = new Set<string>();
    const pool: Project[] = [];
    while (pool.length < poolSize) {
      const p = inventProject(r, d);
      if (!names.has(p.name)) {
        names.add(p.name);
        pool.push(p);
      }
    }
    pools.set(d.name, pool);
  }
  fs.mkdirSync(out, { recursive: true });
  let bytes = 0;
  const width = String(size - 1).length;
  for (let i = 0; i < size; i++) {
    const doc = generateDocument(r, world, pools);
    const key = `${String(i).padStart(Math.max(width, 3), '0')}_${r.hex(16)}`;
    fs.writeFileSync(path.join(out, `${key}.txt`), doc.text);
    fs.writeFileSync(path.join(out, `${key}.meta.json`), `${JSON.stringify(doc.meta, null, 2)}\n`);
    bytes += Buffer.byteLength(doc.text);
  }
  return { documents: size, bytes, dir: out };
}

function parseArgs(argv: string[]): GenerateOptions {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = Number(get('size'));
  const seed = Number(get('seed') ?? 1);
  const out = get('out');
  if (!Number.isInteger(size) || size < 1 || !Number.isInteger(seed) || !out) {
    console.error('usage: npx tsx bench/corpus/generate.ts --size N [--seed S] --out DIR');
    process.exit(2);
  }
  return { size, seed, out: path.resolve(out) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const result = generateCorpus(options);
  console.log(`wrote ${result.documents} documents (${(result.bytes / 1048576).toFixed(1)} MB) to ${result.dir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
