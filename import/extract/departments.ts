/**
 * Department mentions: public bodies that act. Four sources, each resolved to a canonical name:
 * 1. municipal and national bodies from the reference list (市发展改革委 → 北京市发展和改革委员会);
 * 2. district bodies by the standard line-up (区民政局 in a Haidian document → 海淀区民政局),
 *    including lists that share the prefix (区水务局、交通局);
 * 3. subdistrict offices (街道办事处, 镇党委) of the subdistrict being discussed;
 * 4. enterprises, institutions and committees by the head of their name (集团, 公司, 管委会,
 *    学校, 医院, 卫生服务中心, 工作专班…), only where the text has them act.
 * 我委/我局 resolve to the issuing body. Bodies named only in boilerplate (按照市委决策部署, 在区委
 * 领导下) or in a person's title (区委副书记) are not mentions of a body at work.
 */
import type { DepartmentKind, DepartmentLevel } from '../annotation.js';
import { reference, Reference, type DistrictDepartmentTemplate } from '../reference.js';
import type { PlaceMention } from './places.js';
import { alternation, clauseAround, HAN, sentenceAt, type ExtractionDocument } from './text.js';

export interface DepartmentMention {
  type: 'Department';
  start: number;
  end: number;
  name: string;
  kind: DepartmentKind;
  level: DepartmentLevel;
  /** Other names of the same body seen here (the simplified surface, a joint second name). */
  aliases: string[];
  /** The place whose jurisdiction it is (a district, an area, a subdistrict, or 北京市). */
  partOf: string | null;
  /** False where the mention is boilerplate or a title: it alone does not make the body held. */
  acting: boolean;
}

const TOP_LEVEL = new Set(['中共北京市委员会', '北京市人民政府', '中共中央', '国务院']);

/** Words after a body's name that make the mention boilerplate or a person's title. */
const NOT_ACTING_AFTER = /^(的)?(决策部署|工作要求|要求|部署|精神|坚强领导|直接领导|领导下|领导|书记|副书记|常委|委员|区长|副区长|市长|副市长|主任|副主任|局长|副局长|部长|副部长|巡视员|副巡视员|机关|党组书记|第.{1,2}党支部|党支部|系统干部|系统|下达|赋予|交办)/;
const NOT_ACTING_BEFORE = /(在|按照|根据|贯彻|落实|坚持|入选|被|经|锚定|遵照|遵循)$/;
/** 党中央、市委市政府和区委关于…的决策部署: the bodies of a directive, not bodies at work. */
const DIRECTIVE_AFTER = /^[^,，。;；]{0,40}?(决策部署|工作要求|坚强领导|直接领导|领导下)/;

interface Compiled {
  ref: Reference;
  municipal: RegExp;
  district: RegExp;
  templateBySuffix: Map<string, DistrictDepartmentTemplate>;
  subdistrictOffice: RegExp;
  generic: RegExp;
}

let compiled: Compiled | undefined;
function compile(): Compiled {
  if (compiled) return compiled;
  const ref = reference();
  const templateBySuffix = new Map<string, DistrictDepartmentTemplate>();
  for (const t of ref.templates.filter((t) => t.appliesTo === 'DISTRICT')) {
    for (const s of [t.name, ...t.aliases]) if (!templateBySuffix.has(s)) templateBySuffix.set(s, t);
  }
  const districtShorts = ref.districts().map((d) => Reference.shortForm(d.name));
  // 区 + a body of the standard line-up, optionally after a district's name; 区委 forms need 委.
  const district = new RegExp(`(?:北京市)?(${alternation(districtShorts)})?区(${alternation(templateBySuffix.keys())})`, 'gu');
  const subdistrictOffice = new RegExp(`(${HAN}{0,6}?)(街道|镇|乡)(办事处|党工委|人民政府|党委)`, 'gu');
  const generic = new RegExp(
    `([${'\\p{Script=Han}'}A-Za-z0-9]{2,16}?)(管理委员会|管委会|投资建设集团有限公司|集团有限公司|有限责任公司|有限公司|集团|公司|附属学校|中学|小学|大学|学校|医院|社区卫生服务中心|卫生服务中心|研究院|工作专班)`,
    'gu',
  );
  compiled = {
    ref,
    municipal: new RegExp(alternation(ref.departmentNames.keys()), 'gu'),
    district,
    templateBySuffix,
    subdistrictOffice,
    generic,
  };
  return compiled;
}

function fill(pattern: string, district: string, subdistrict = ''): string {
  return pattern.replaceAll('{district}', district).replaceAll('{short}', Reference.shortForm(district)).replaceAll('{subdistrict}', subdistrict);
}

function acting(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 48);
  if (NOT_ACTING_AFTER.test(after) || NOT_ACTING_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false;
  // Only bodies listed up to the directive: 市委、市政府决策部署 — not 区民政局牵头,…要求.
  const directive = DIRECTIVE_AFTER.exec(after);
  return !(directive && /^([、和及与]|关于|市委|市政府|区委|区政府|党中央|国务院|中央)/.test(after) && !/(牵头|负责|推进|推动|开展|实施|成立)/.test(directive[0]));
}

/** True for a party committee and its government written together (市委市政府): two bodies, not one. */
function isCommitteeAndGovernment(a: DepartmentMention, b: DepartmentMention): boolean {
  const top = (m: DepartmentMention) => TOP_LEVEL.has(m.name) || /(人民政府|^中共北京市.{1,5}区委员会)$/.test(m.name);
  return top(a) || top(b);
}

/** Verbs by which an enterprise or institution acts, right after its name. */
const ACTION = /^(已|将|正|也|还|积极|主动|全面|共同|正式|率先)?(牵头|负责|承担|主办|推出|推行|组织|建立|成立|开展|实施|联合|接到|提供|解决|探索|研发|打造|组建|入驻|作为|构建|调配|聚焦|安排|设计|完成|运营|介绍|发布|签约|签署|对该项目|优化|筹建|投资|建成|开发|启动)/;
/** Words that make an organisation's name generic (自来水公司, 相关企业, 专业公司). */
const GENERIC_ORG = /^(各|相关|有关|多|该|本|这|其|一批|部分|驻区|社会|民营|国有|优质|重点|骨干|龙头|链主|自来水|专业|物业|餐饮|第三方|科技|平台|中小|大型|小微|外资|金融|上市|新型|高新|企业|所属|下属|属地|当地|本地|全区|全市|市属|区属|引进|引入|一家|多家|市区|高校|医院|学校)/;

/** Leading words that are not part of an organisation's name. */
const LEADING_NOISE = /^(.*?(推动|支持|深化|依托|联合|协调|引导|鼓励|服务|加快|促进|推进|指导|协助|配合|同|与|和|及|由|对|为|在|让|使|将|把|向|的|了|是|等|及其|以及))/u;

export function extractDepartments(doc: ExtractionDocument, places: PlaceMention[]): DepartmentMention[] {
  const c = compile();
  const { ref } = c;
  const text = doc.shadow;
  const docDistrict = doc.meta.district;
  const out: DepartmentMention[] = [];
  const taken = (s: number, e: number) => out.some((m) => s < m.end && e > m.start);

  // 1. Municipal and national bodies.
  for (const m of text.matchAll(c.municipal)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // 区委/区政府 forms are district bodies even though 委/政府 end a municipal alias.
    if (text[start - 1] === '区') continue;
    const canonical = ref.departmentNames.get(m[0]);
    const d = canonical ? ref.departments.get(canonical) : undefined;
    if (!d) continue;
    out.push({ type: 'Department', start, end, name: d.name, kind: d.kind, level: d.level, aliases: [m[0]], partOf: d.partOf, acting: acting(text, start, end) });
  }

  // 2. District bodies: (海淀)区民政局, and lists sharing the prefix: 区水务局、交通局.
  for (const m of text.matchAll(c.district)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const district = m[1] ? `${m[1]}区` : docDistrict;
    const template = c.templateBySuffix.get(m[2] as string);
    if (!district || !template) continue;
    const push = (s: number, e: number, t: DistrictDepartmentTemplate, surface: string) => {
      const name = fill(t.canonical, district);
      const written = surface.startsWith('区') ? district + surface.slice(1) : surface;
      out.push({ type: 'Department', start: s, end: e, name, kind: t.kind, level: t.level, aliases: [written], partOf: district, acting: acting(text, s, e) });
    };
    push(start, end, template, m[0].replace(/^北京市/, ''));
    // Continue a list: 、交通局 / 、区交通局 with the same district.
    let pos = end;
    for (;;) {
      const next = /^[、和及与]区?([\p{Script=Han}]{1,8}?(?:局|委|办))/u.exec(text.slice(pos, pos + 12));
      // A body outside the standard line-up (区水务局、交通局) keeps its written name.
      const t = next ? (c.templateBySuffix.get(next[1] as string) ?? otherDistrictBody(next[1] as string)) : undefined;
      if (!next || !t) break;
      const s = pos + next[0].length - (next[1] as string).length;
      push(s, pos + next[0].length, t, `区${next[1]}`);
      pos += next[0].length;
    }
  }

  // 3. Subdistrict offices: 杨庄街道办事处, 镇党委 (of the subdistrict being discussed).
  for (const m of text.matchAll(c.subdistrictOffice)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const named = ref.place((m[1] as string) + (m[2] as string));
    const sub = named?.level === 'SUBDISTRICT' ? named.name : nearestSubdistrict(places, start, m[2] as string);
    if (!sub) continue;
    const suffix = m[3] === '党工委' || m[3] === '党委' ? (m[3] as string) : m[3] === '办事处' ? '办事处' : '人民政府';
    out.push({
      type: 'Department', start, end, name: `${sub}${suffix}`, kind: suffix.startsWith('党') ? 'PARTY' : 'GOVERNMENT', level: 'SUBDISTRICT',
      aliases: [], partOf: sub, acting: acting(text, start, end),
    });
  }
  // A subdistrict acting as a body: 街道立即成立临时工作小组 → its office.
  for (const p of places.filter((p) => p.level === 'SUBDISTRICT' && p.name.endsWith('街道'))) {
    const after = text.slice(p.end, p.end + 12);
    // 得知情况后街道立即成立临时工作小组: a bare 街道 as the actor, not the tail of another name.
    const bare = [...text.matchAll(/街道(立即|迅速|及时|组织|成立|协调|实施|以此为契机)/gu)].find(
      (b) => (b.index ?? 0) > p.end && (b.index ?? 0) - p.end < 400 && !places.some((o) => o.end === (b.index ?? 0) + 2),
    );
    if (/^(立即|组织|成立|协调|实施)/.test(after) || bare) {
      const at = bare ? (bare.index ?? 0) : p.start;
      if (!taken(at, at + 2)) out.push({ type: 'Department', start: at, end: at + 2, name: `${p.name}办事处`, kind: 'GOVERNMENT', level: 'SUBDISTRICT', aliases: [p.name], partOf: p.name, acting: true });
    }
  }

  // 4. Enterprises, institutions, committees by the head of their name, where they act.
  for (const m of text.matchAll(c.generic)) {
    let start = m.index ?? 0;
    const end = start + m[0].length;
    let prefix = m[1] as string;
    const noise = LEADING_NOISE.exec(prefix);
    if (noise) {
      prefix = prefix.slice(noise[0].length);
      start += noise[0].length;
    }
    if (prefix.length < 2 || taken(start, end)) continue;
    const m2 = m[2] as string;
    // The longest head: 潞河中学 + 附属学校.
    const longer = /^(附属学校|附属中学|附属小学|分校|分院|院区)/.exec(text.slice(end, end + 4));
    const fullEnd = longer ? end + longer[0].length : end;
    const name = prefix + (m[2] as string) + (longer?.[0] ?? '');
    if (GENERIC_ORG.test(name) || GENERIC_ORG.test(prefix)) continue;
    const clause = clauseAround(doc, { start, end: fullEnd });
    const sentence = sentenceAt(doc, start);
    const rest = text.slice(fullEnd, clause.end);
    const speaks = sentence ? /(介绍|说|表示)/.test(text.slice(end, sentence.end)) && /^(党|党委|党支部|院长|校长|主任|书记|总经理|董事长|副|.{0,12}(书记|主任|校长|部长|经理))/.test(rest) : false;
    if (!ACTION.test(rest) && !speaks) continue;
    const head = m2;
    const kind: DepartmentKind = /管委会|管理委员会/.test(head) ? 'COMMITTEE' : /集团|公司/.test(head) ? 'ENTERPRISE' : /专班/.test(head) ? 'COMMITTEE' : 'INSTITUTION';
    const area = places.find((p) => p.start === start && p.level === 'AREA');
    const district = ref.districtOf(places.find((p) => p.start >= start && p.end <= end)?.name ?? '') ?? docDistrict;
    let canonical = name;
    if (/^市/.test(name)) canonical = `北京${name}`;
    else if (kind === 'INSTITUTION' && district && !name.startsWith(district) && !name.startsWith('北京') && doc.meta.district === district) canonical = `${district}${name}`;
    out.push({
      type: 'Department', start, end: fullEnd, name: canonical, kind, level: /^(北京市|市)/.test(name) ? 'MUNICIPAL' : 'DISTRICT',
      aliases: canonical === name ? [] : [name], partOf: area?.name ?? district, acting: true,
    });
  }

  // Institutes named by their short form where they act: 支持智源院等科研机构…, 依托中关村泛联院筹建…,
  // 以海淀医院为试点.
  const institute = /(?:([\p{Script=Han}]{2,8}?院)等(?:科研机构|科研院所|研究机构|新型研发机构)|(?:依托|支持)([\p{Script=Han}]{2,8}?院)(?=[^,，。;；]{0,40}?(?:研发|筹建|建设|开展|转化|应用))|以([\p{Script=Han}]{2,10}?(?:医院|学校|大学))为试点)/gu;
  for (const m of text.matchAll(institute)) {
    const written = (m[1] ?? m[2] ?? m[3]) as string;
    const noise = LEADING_NOISE.exec(written)?.[0] ?? '';
    const name = written.slice(noise.length);
    if (name.length < 3) continue;
    const start = (m.index ?? 0) + m[0].indexOf(written) + noise.length;
    const end = start + name.length;
    if (taken(start, end) || /^(医院|学院|法院|剧院|影院|书院|庭院|大院|研究院|设计院|科学院|工程院|国务院|院)$/.test(name.replace(/^(.*?)(医院|学院|研究院|科学院)$/, '$2')) && name.length <= 3) continue;
    if (GENERIC_ORG.test(name) || /^(各|相关|有关|科研|高校)/.test(name)) continue;
    const district = doc.meta.district;
    const canonical = /医院$/.test(name) && district && !name.startsWith('北京') ? `北京市${name}` : name;
    out.push({ type: 'Department', start, end, name: canonical, kind: 'INSTITUTION', level: 'MUNICIPAL', aliases: canonical === name ? [] : [name], partOf: district, acting: true });
  }

  // Every other place where the text names a body it has already named (智源院 … 加快智源院OpenComplex…).
  for (const known of [...out]) {
    const surface = text.slice(known.start, known.end);
    // Bare 区X/市X forms mean different bodies in different documents; only full names repeat.
    if (surface.length < 3 || /^(区|我|本)/.test(surface) || (/^市/.test(surface) && known.name !== `北京${surface}`)) continue;
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (!taken(at, at + surface.length)) out.push({ ...known, aliases: [...known.aliases], start: at, end: at + surface.length, acting: acting(text, at, at + surface.length) });
    }
  }

  // 我委 / 我局 / 本委: the issuing body.
  const issuer = doc.meta.source ? ref.departmentNames.get(doc.meta.source) : undefined;
  const issuerDept = issuer ? ref.departments.get(issuer) : undefined;
  if (issuerDept) {
    for (const m of text.matchAll(/(我|本)(委|局|办|厅)/gu)) {
      const start = m.index ?? 0;
      if (!taken(start, start + 2) && issuerDept.name.endsWith(m[2] === '委' ? '委员会' : (m[2] as string))) {
        out.push({ type: 'Department', start, end: start + 2, name: issuerDept.name, kind: issuerDept.kind, level: issuerDept.level, aliases: [], partOf: issuerDept.partOf, acting: true });
      }
    }
  }

  // Names inside a parenthesis after 项目 are the buildings of those projects, not bodies at work.
  for (const m of out) {
    const open = text.lastIndexOf('(', m.start);
    if (open >= 0 && open > text.lastIndexOf(')', m.start) && /项目$/.test(text.slice(Math.max(0, open - 2), open))) m.acting = false;
  }
  // A list ending in a directive (市委、市政府决策部署) is boilerplate all along.
  out.sort((a, b) => a.start - b.start);
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k] as DepartmentMention;
    const b = out[k + 1] as DepartmentMention;
    if (!b.acting && /^[、和及与]?$/.test(text.slice(a.end, b.start))) a.acting = false;
  }
  // Joint names (一个机构两块牌子): two bodies written back to back are one, named by the first.
  const merged: DepartmentMention[] = [];
  for (const m of out) {
    const prev = merged[merged.length - 1];
    if (prev && prev.end === m.start && prev.type === m.type && !isCommitteeAndGovernment(prev, m)) {
      prev.end = m.end;
      prev.aliases.push(m.name, ...m.aliases);
      prev.acting ||= m.acting;
      continue;
    }
    merged.push(m);
  }
  // A body counts only where it acts somewhere in the document.
  return merged.filter((m) => merged.some((o) => o.name === m.name && o.acting));
}

function otherDistrictBody(suffix: string): DistrictDepartmentTemplate | undefined {
  if (suffix.length < 3 || /^(市|区|各|相关|有关)/.test(suffix)) return undefined;
  return { name: suffix, aliases: [], kind: 'GOVERNMENT', level: 'DISTRICT', appliesTo: 'DISTRICT', canonical: `{district}${suffix}` };
}

function nearestSubdistrict(places: PlaceMention[], pos: number, suffix: string): string | null {
  let best: PlaceMention | undefined;
  for (const p of places) if (p.level === 'SUBDISTRICT' && p.end <= pos && p.name.endsWith(suffix) && pos - p.end < 600) best = p;
  return best?.name ?? null;
}
