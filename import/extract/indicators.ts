/**
 * Indicator mentions: a quantity with a unit that measures public work (新增养老家庭照护床位6327张,
 * 解决率97.81%, 教育支出158.3亿元, 增长5.5%). For each: the value as written, the unit with its
 * magnitude, the magnitude folded into a normalised value, what it measures (label), the year,
 * whether it is achieved or planned (kind), what sort of number it is (measure), whether it is
 * approximate. Dates, times, ages, ordinals, numbers inside names and counts of speakers or
 * visits are not indicators.
 */
import type { IndicatorKind, IndicatorMeasure } from '../annotation.js';
import { foldMagnitude } from '../units.js';
import { CHINESE_NUMERAL, parseNumber } from './numbers.js';
import { clauseAround, sentenceAt, type ExtractionDocument, type Span } from './text.js';

export interface IndicatorMention {
  type: 'Indicator';
  start: number;
  end: number;
  label: string;
  value: number;
  unit: string;
  normalizedValue: number;
  baseUnit: string;
  year: number | null;
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  approximate: boolean;
  /** Name of what it measures; set by the relate stage. */
  subject: string | null;
}

// Units of counts, sizes, money and rates as government texts write them, longest first.
const UNITS = [
  '个百分点', '百分点', '平方公里', '平方米', '立方米/日', '立方米', '万平', '平米', '公里', '千米', '公顷', '人次', '场次', '户次', '万人',
  '亿元', '万元', '元', '吨', '亩', '米', '%', '倍', '成', '人', '名', '户', '家', '个', '张', '所', '条', '处', '套', '项', '件', '座',
  '辆', '台', '部', '栋', '间', '场', '份', '批', '支', '种', '篇', '次', '期', '家次', '宗', '笔', '单', '类', '平',
];
const UNIT_RE = UNITS.sort((a, b) => b.length - a.length).join('|');

const NUMBER = `(\\d+(?:\\.\\d+)?|${CHINESE_NUMERAL})`;
const QUANTITY = new RegExp(
  `(约|近|超过|超|逾|接近|差不多|不少于|不低于|多达|达到|达|近乎)?${NUMBER}(万亿|亿|万|千)?(余|多)?(${UNIT_RE})?(以上|左右|多|余|强)?`,
  'gu',
);
/** 1/4 written as a fraction: a share. */
const FRACTION = /(\d+)\/(\d+)(强|多|左右)?/gu;

/** Nouns after a bare 万 that count people: 67.1万 (老人) → 万人. */
const PEOPLE = /(人|老人|居民|群众|人口|游客|市民|百姓|职工|学生|儿童|农户|户籍|常住|就业|员工|回迁)/;

const FUTURE = /(将|计划|力争|确保|目标|预期|预计.{0,4}(年底|年内|明年|后)|拟|争取|还将|有望|未来|明年)/;
const PLAN_WORD = /(计划|目标|力争|确保|预期)/;
const CHANGE_VERB = /(增长|下降|提高|降低|增加|减少|上升|回落|增幅|降幅|提升|下调|上涨)(了)?$/;
const RATIO_WORD = /(率|比重|占比|比例|覆盖率|占|份额)/;

function isChinese(s: string) {
  return !/\d/.test(s);
}

/** The year a number refers to: explicit in its clause or sentence, or the running context. */
class YearContext {
  private current: number | null;
  constructor(
    private readonly doc: ExtractionDocument,
    private readonly docYear: number | null,
  ) {
    this.current = docYear;
  }
  private static readonly EXPLICIT = /((?:19|20)\d{2})年(?!\d)/gu;
  // 全年 and 年内 mean the year already in force, not the document's: they are left out.
  private static readonly RELATIVE = /(今年|本年|去年|上年|明年|目前|当前|截至目前|至今|这一年)/gu;

  /** The year in force at `pos`: the last year expression before it (in the document). */
  at(pos: number, within: Span): number | null {
    const text = this.doc.shadow.slice(within.start, pos);
    let year: number | null = null;
    let last = -1;
    for (const m of text.matchAll(YearContext.EXPLICIT)) if ((m.index ?? 0) >= last) {
      year = Number(m[1]);
      last = m.index ?? 0;
    }
    for (const m of text.matchAll(YearContext.RELATIVE)) if ((m.index ?? 0) > last) {
      year = this.relative(m[1] as string);
      last = m.index ?? 0;
    }
    return year ?? this.current;
  }

  /** Advances the running context over a stretch of text (called in document order). */
  advance(text: string): void {
    let last = -1;
    for (const m of text.matchAll(YearContext.EXPLICIT)) {
      const y = Number(m[1]);
      if ((m.index ?? 0) > last && y >= 1990 && y <= 2100) {
        this.current = y;
        last = m.index ?? 0;
      }
    }
    for (const m of text.matchAll(YearContext.RELATIVE)) if ((m.index ?? 0) > last) this.current = this.relative(m[1] as string);
  }

  private relative(word: string): number | null {
    if (this.docYear === null) return null;
    if (word === '去年' || word === '上年' || word === '这一年') return this.docYear - 1;
    if (word === '明年') return this.docYear + 1;
    return this.docYear;
  }
}

export function extractIndicators(doc: ExtractionDocument): IndicatorMention[] {
  const text = doc.shadow;
  const docYear = doc.meta.year;
  const planDocument = /工作报告|规划|计划/.test(doc.meta.title) && (doc.meta.genre === 'work-report' || /工作报告/.test(doc.meta.title));
  const out: IndicatorMention[] = [];
  const years = new YearContext(doc, docYear);
  let advancedTo = 0;

  const quoted = quotedSpans(text);
  const candidates: { start: number; end: number; value: number; unit: string; pre: string; post: string; numberStart: number }[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index ?? 0;
    const [whole = '', pre = '', num = '', mag = '', mid = '', unit0 = '', post = ''] = m as unknown as string[];
    const numberStart = start + pre.length;
    let unit = unit0;
    if (!unit && !mag) continue;
    const before = text.slice(Math.max(0, numberStart - 2), numberStart);
    const after = text.slice(start + whole.length, start + whole.length + 3);
    // Ordinals, names and codes: 第三, 13号线, HD00-0116, 4.0阶段, 3V3, 6G.
    if (/第$/.test(before) || /[A-Za-z\-.·]$/.test(before) || /^[A-Za-z号届版级代阶]/.test(after)) continue;
    if (/^(年|月|日|时|点|分|岁|周年|小时|分钟)/.test(after) && !unit) continue;
    if (isChinese(num)) {
      // Chinese numerals count work only in a few forms (五项, 两次, 五成); elsewhere they are
      // slogans and set phrases (两个维护, 一批, 三城一区).
      if (!/^(项|次|成|倍|条|所|座|家|场)$/.test(unit) || (parseNumber(num) ?? 0) < 2) continue;
      if (quoted.some((q) => numberStart >= q.start && numberStart < q.end)) continue;
      // 早餐等七项: the count of the categories just listed, not of work done.
      if (/等$/.test(text.slice(numberStart - 1, numberStart))) continue;
    }
    if (!unit && mag) {
      // A bare 万: 67.1万 (老人), 100万居民 → 万人 when people are counted.
      const around = text.slice(Math.max(0, numberStart - 12), start + whole.length + 4);
      if (!PEOPLE.test(around)) continue;
      unit = '人';
    }
    if (unit === '万平' || unit === '平' || unit === '平米') unit = unit.replace(/平米?$/, '平方米');
    // Durations: 接近4个月, 仅仅3个小时.
    if (unit === '个' && /^(月|小时|工作日|星期|季度)/.test(after)) continue;
    // Thresholds used as modifiers: 20万以上人口街镇, 500米服务半径.
    if (post === '以上' && /^[\p{Script=Han}]/u.test(after) && !/^(的目标|目标)/.test(after)) continue;
    if (/^(服务半径|半径|范围|以内|以外)/.test(after)) continue;
    if (unit === '万人' && mag) continue;
    const value = parseNumber(num);
    if (value === null) continue;
    const unitWritten = (mag + unit).replace(/^万万/, '万');
    if (/^(期|块|单|类|种)$/.test(unit) && isChinese(num)) continue;
    candidates.push({ start: numberStart, end: start + whole.length - post.length, value, unit: unitWritten, pre: pre + (mid ? '' : ''), post: mid + post, numberStart });
  }
  for (const m of text.matchAll(FRACTION)) {
    const start = m.index ?? 0;
    const [whole = '', a = '', b = '', post = ''] = m as unknown as string[];
    if (!/占.{0,8}$/.test(text.slice(Math.max(0, start - 10), start))) continue;
    candidates.push({ start, end: start + whole.length - post.length, value: Number(((Number(a) / Number(b)) * 100).toFixed(2)), unit: '%', pre: '', post, numberStart: start });
  }
  candidates.sort((a, b) => a.start - b.start);

  for (const c of candidates) {
    const sentence = sentenceAt(doc, c.start);
    if (!sentence) continue;
    if (sentence.start > advancedTo) {
      years.advance(text.slice(advancedTo, sentence.start));
      advancedTo = sentence.start;
    }
    const clause = clauseAround(doc, c);
    const lead = text.slice(clause.start, c.start);
    const trail = text.slice(c.end, clause.end);
    const sentenceLead = text.slice(sentence.start, c.start);

    // Counts that are not public work: speakers, visits, meeting reports.
    if (/^(到|赴).{0,10}(调研|检查|视察)/.test(trail)) continue;
    // The size of an incident (影响约600户居民), not of public work.
    if (/影响(约|近)?$/.test(lead)) continue;
    // Counts of reports to the public, like counts of meetings.
    if (/报告$/.test(lead.replace(/(已|共|累计)+$/, ''))) continue;

    const approximate =
      /(约|近|超过|超|逾|接近|差不多|不少于|不低于|预计|初步预计|近乎)$/.test(lead.slice(-6).replace(/(达到|达|为|有|共)$/, '')) ||
      /(约|近|超过|超|逾|接近|差不多|不少于|不低于)/.test(c.pre) ||
      /(余|多|以上|左右|强)/.test(c.post) ||
      /(预计|初步预计)/.test(sentenceLead);
    const changeMatch = CHANGE_VERB.test(lead.replace(/(了|到|至|达|为)$/, '')) && !/(到|至|达)$/.test(lead);
    let measure: IndicatorMeasure = 'LEVEL';
    if (/百分点/.test(c.unit) || (changeMatch && /^(%|成|倍)$/.test(c.unit))) measure = 'CHANGE';
    else if (c.unit === '%' || c.unit === '成') measure = 'RATIO';
    else if (RATIO_WORD.test(lead.slice(-4)) && c.unit === '%') measure = 'RATIO';

    const year = years.at(c.start, sentence);
    const futureCue = (FUTURE.test(lead) || PLAN_WORD.test(sentenceLead)) && !/(已|完成了)/.test(lead);
    const estimateOfPast = /预计/.test(sentenceLead) && year !== null && docYear !== null && year < docYear;
    const kind: IndicatorKind = estimateOfPast ? 'ACTUAL' : futureCue || (planDocument && year !== null && docYear !== null && year >= docYear) ? 'TARGET' : 'ACTUAL';

    const folded = foldMagnitude(c.value, c.unit);
    out.push({
      type: 'Indicator',
      start: c.start,
      end: c.end,
      label: labelFrom(lead, text, c),
      value: c.value,
      unit: c.unit,
      normalizedValue: folded.value,
      baseUnit: folded.baseUnit,
      year: /(未来)/.test(sentenceLead) && !/\d{4}年/.test(sentenceLead) ? null : year,
      kind,
      measure,
      approximate,
      subject: null,
    });
  }
  assignListLabels(out, text);
  return dedupe(out);
}

/**
 * A headline repeats a number from the body (全区推进城市更新项目452个 … 全区共推进城市更新项目452个):
 * the same quantity with a like label is one indicator, kept where it is first stated in full.
 */
function dedupe(indicators: IndicatorMention[]): IndicatorMention[] {
  const kept: IndicatorMention[] = [];
  for (const i of indicators) {
    const twin = kept.find((k) => k.normalizedValue === i.normalizedValue && k.baseUnit === i.baseUnit && labelsAlike(k.label, i.label));
    if (!twin) kept.push(i);
    else if (i.label.length > twin.label.length) Object.assign(twin, { ...i });
  }
  return kept;
}

function labelsAlike(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const bigrams = (s: string) => new Set([...s].slice(0, -1).map((c, k) => c + s[k + 1]));
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared += 1;
  return (2 * shared) / (x.size + y.size || 1) >= 0.5;
}

/** What is measured: the words before the number in its clause, without time and filler words. */
function labelFrom(lead: string, text: string, c: { start: number; end: number }): string {
  let label = lead
    .replace(/^(其中|同时|此外|另外|目前|截至目前|至今|今年|去年|全年|上半年|下半年|近两年|一年来|累计|共|全区|全市|我区|我们|已|已经|还|并|和|及|以及)+/u, '')
    .replace(/(?:19|20)\d{2}年(\d{1,2}月)?(以来|底|末|初)?/gu, '')
    .replace(/(约|近|超过|超|逾|接近|差不多|不少于|不低于|分别|达到|达|为|有|共计|共|累计|总计|合计|提至|升至|增至|提高到|提升到|到|至|了|实现|完成)+$/u, '')
    .replace(/^[的、]+|[的、]+$/gu, '')
    .trim();
  if (!label) label = text.slice(c.end, Math.min(text.length, c.end + 12)).split(/[,，。;；、]/)[0] ?? '';
  return label.slice(-30);
}

/** 解决率、满意率分别提至97.81%、98.08%: the n-th number takes the n-th listed label. */
function assignListLabels(indicators: IndicatorMention[], text: string): void {
  for (let i = 0; i < indicators.length; i++) {
    const first = indicators[i] as IndicatorMention;
    const group = [first];
    while (i + group.length < indicators.length) {
      const next = indicators[i + group.length] as IndicatorMention;
      const prev = group[group.length - 1] as IndicatorMention;
      if (text.slice(prev.end, next.start) !== '、') break;
      group.push(next);
    }
    if (group.length < 2) continue;
    const listed = /([^,，。;；]*?)分别/.exec(text.slice(Math.max(0, first.start - 40), first.start));
    const names = listed?.[1]?.split('、');
    if (names && names.length === group.length) group.forEach((g, k) => (g.label = (names[k] as string).replace(/^.*?(的|,)/, '')));
    i += group.length - 1;
  }
}

function quotedSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[“"‘「]([^“”"‘’「」]{1,20})[”"’」]/gu)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out;
}
