/**
 * Relate: the links between a document's entities.
 * - RESPONSIBLE_FOR: a department that is the actor of a sentence about a project; the role from
 *   cues (牵头, 负责, 承担 → LEAD; 配合, 参与, 分工协作 → PARTICIPANT; otherwise UNSPECIFIED).
 * - LOCATED_IN: a project's most specific place: one in its name, one named before it in the same
 *   sentence, the area the document is about, or the document's district.
 * - MEASURES: an indicator's subject: the project or department its sentence is about, else the
 *   place.
 * - PART_OF: places to the nearest containing place held (area/subdistrict → district → 北京市);
 *   departments to their jurisdiction; projects to the programme they belong to.
 * Relations link only entities held in the same document.
 */
import { indicatorKey, type Relation, type Role } from './annotation.js';
import type { DepartmentMention } from './extract/departments.js';
import type { PlaceMention } from './extract/places.js';
import type { ProjectMention } from './extract/projects.js';
import { clauseAround, sentenceAt, type ExtractionDocument } from './extract/text.js';
import { toSimplified } from './normalise.js';
import { reference } from './reference.js';
import type { ResolvedEntities } from './resolve.js';

const LEVEL_RANK = { MUNICIPALITY: 0, DISTRICT: 1, AREA: 2, SUBDISTRICT: 3 } as const;

const LEAD_CUE = /(牵头|负责|承担|主办|推行|推出|构建|主导|组织实施)/;
const PARTICIPANT_CUE = /(配合|参与|分工协作|协作|协助|协同)/;
/** 北投集团承担的…工程: a department after the project, with a verb of ownership. */
const LEAD_AFTER = /^(承担|负责|牵头|主办|主导)/;
/** Verbs of work done or planned, as opposed to a state (有, 达到, 率). */
const WORK_VERB = /(新增|新建|建成|开工|增加|提供|完成|引入|投用|改造|提升|打造|实施)/;
/** A sentence's framing: 围绕疏解整治促提升专项行动, / 在公园建设方面, */
const FRAME = /^(围绕|针对|聚焦|关于|在)[^,，。]{2,40}?(方面)?[,，]/;
/** Verbs that open a new task in a list of them (新增中小学学位7900个, 打通断头路6条). */
const NEW_TASK = /^(新增|新建|新开工|开工|完成|实施|打通|开放|挖潜|建成|竣工|推动|推进|加快|增加|提升|提供|建设|改造|整治|治理|发放|帮助|支持|审批|开展|组织|举办|引入|累计完成|增设)/;
/** A sentence that begins with its verb: its subject is the previous sentence's. */
const IMPLICIT_SUBJECT = /^(组织|组建|推出|推行|建立|打造|开展|实施|为|联合|通过|推动|积极|持续|深入|以|成立|开通|举办|探索|创新|先后|同时|还|并)/;

export function relate(
  doc: ExtractionDocument,
  entities: ResolvedEntities,
  mentions: { places: PlaceMention[]; departments: DepartmentMention[]; projects: ProjectMention[] },
): Relation[] {
  const ref = reference();
  const text = doc.shadow;
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const add = (r: Relation, at?: { start: number; end: number }) => {
    const key = `${r.type}|${r.from}|${r.to}`;
    if (seen.has(key) || r.from === r.to) return;
    seen.add(key);
    relations.push(at ? { ...r, evidence: [{ start: at.start, end: at.end, quote: doc.original.slice(at.start, at.end) }] } : r);
  };

  const heldPlaces = new Set(entities.districts.map((d) => d.name));
  const heldDepartments = new Set(entities.departments.map((d) => d.name));
  const heldProjects = new Set(entities.projects.map((p) => p.name));

  // Places: to the nearest containing place the document holds.
  for (const d of entities.districts) {
    if (d.level === 'MUNICIPALITY') continue;
    let parents = ref.places.get(d.name)?.parents ?? (d.level === 'DISTRICT' ? ['北京市'] : []);
    for (let guard = 0; guard < 4 && parents.length > 0; guard++) {
      const held = parents.find((p) => heldPlaces.has(p));
      if (held) {
        add({ type: 'PART_OF', from: d.name, to: held });
        break;
      }
      parents = parents.flatMap((p) => ref.places.get(p)?.parents ?? []);
    }
  }

  // Departments: to their jurisdiction; a body named for an area belongs to that area.
  const jurisdiction = new Map<string, string>();
  const areas = entities.districts.filter((d) => d.level === 'AREA' || d.level === 'SUBDISTRICT').map((d) => d.name);
  for (const d of entities.departments) {
    if (d.level === 'NATIONAL') continue;
    const area = areas.filter((a) => d.name.includes(a) || d.aliases?.some((x) => x.startsWith(a))).sort((a, b) => b.length - a.length)[0];
    const target = area ?? (d.partOf && heldPlaces.has(d.partOf) ? d.partOf : d.partOf ? ref.districtOf(d.partOf) : null);
    if (target && heldPlaces.has(target)) {
      add({ type: 'PART_OF', from: d.name, to: target });
      jurisdiction.set(d.name, target);
    }
    else if (heldPlaces.has('北京市') && d.level === 'MUNICIPAL') add({ type: 'PART_OF', from: d.name, to: '北京市' });
  }

  // Projects: a project whose name extends another's (X(二期), X(树村段)…项目) is part of it; in a
  // document about one programme (its title names it), the other projects are its parts.
  const title = toSimplified(doc.meta.title);
  const projectNames = [...heldProjects].sort((a, b) => b.length - a.length);
  const titleProgramme = projectNames.find((p) => /(计划|行动)$/.test(p) && sharesName(title, p));
  for (const p of projectNames) {
    const parent = projectNames.find((q) => q !== p && p.startsWith(q) && q.length >= 3 && /^[(（·]|^.{0,2}[(（]/.test(p.slice(q.length)));
    if (parent) add({ type: 'PART_OF', from: p, to: parent });
    else if (titleProgramme && p !== titleProgramme) add({ type: 'PART_OF', from: p, to: titleProgramme });
  }

  // LOCATED_IN.
  const placeCounts = new Map<string, number>();
  for (const m of mentions.places) placeCounts.set(m.name, (placeCounts.get(m.name) ?? 0) + 1);
  // The area a document is about: one its title names (by name or a context alias: 回天).
  const mainArea = [...placeCounts.entries()]
    .filter(([name]) => {
      const p = ref.places.get(name);
      return p?.level === 'AREA' && [p.name, ...p.aliases, ...(p.contextAliases ?? [])].some((n) => title.includes(n));
    })
    .sort((a, b) => b[1] - a[1])[0]?.[0];
  const defaultPlace = mainArea ?? doc.meta.district ?? (heldPlaces.has('北京市') ? '北京市' : null);
  // RESPONSIBLE_FOR: per sentence, the acting departments and the projects it is about. A
  // sentence that starts with its verb (组织一线干部成立…) has the actor of the one before it.
  const acting = mentions.departments.filter((d) => d.acting && heldDepartments.has(d.name));
  let lastProject: { name: string; sentenceStart: number } | null = null;
  let lastActor: { dept: DepartmentMention; paragraph: number } | null = null;
  for (const sentence of doc.sentences) {
    const projects = mentions.projects.filter((p) => p.start >= sentence.start && p.end <= sentence.end && heldProjects.has(p.name));
    let depts = acting.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const implicit = depts.length === 0 && lastActor && lastActor.paragraph === sentence.paragraph && IMPLICIT_SUBJECT.test(sentenceText);
    if (implicit && lastActor) depts = [{ ...lastActor.dept, start: sentence.start - 1, end: sentence.start - 1 }];
    if (depts.length > 0) {
      let targets = projects.filter((p) => depts.some((d) => d.start < p.start || (LEAD_AFTER.test(text.slice(d.end, d.end + 4)) && d.start > p.end)));
      // A sentence of roles with no project named continues the last one (由区民政局牵头,…).
      if (targets.length === 0 && projects.length === 0 && lastProject && /^由|牵头/.test(sentenceText) && sentence.start - lastProject.sentenceStart < 300) {
        targets = [{ name: lastProject.name, start: sentence.end, end: sentence.end } as ProjectMention];
      }
      for (const p of targets) {
        for (const d of depts) {
          // A body named inside a project's name is linked to that project only (below).
          if (projects.some((q) => d.start >= q.start && d.end <= q.end)) continue;
          // A body that is the object of a verb (依托中关村泛联院筹建…, 支持X) is linked only to the
          // project of its own clause; a body that opens its clause, to those of its sentence.
          const opensClause = d.start < sentence.start || clauseAround(doc, d).start === d.start || /^(由)/.test(text.slice(d.start - 1, d.start));
          if (!opensClause && p.start !== sentence.end && clauseAround(doc, d).end < p.start) continue;
          const after = d.start > p.end;
          if (after && !LEAD_AFTER.test(text.slice(d.end, d.end + 4))) continue;
          if (!after && d.start >= p.start && p.start !== sentence.end) continue;
          const between = after ? '' : text.slice(d.end, p.start === sentence.end ? sentence.end : p.start);
          const clause = clauseAround(doc, { start: Math.max(sentence.start, d.start), end: Math.max(sentence.start, d.end) });
          const around = text.slice(Math.max(sentence.start, d.start - 4), Math.min(sentence.end, clause.end + 2));
          let role: Role = 'UNSPECIFIED';
          if (PARTICIPANT_CUE.test(around) || /^[、和及与].{0,20}(分工协作|配合|参与)/.test(text.slice(d.end, d.end + 24))) role = 'PARTICIPANT';
          else if (LEAD_CUE.test(around) || after || /^由/.test(text.slice(d.start - 1, d.start))) role = 'LEAD';
          else if (/(介绍|说|表示)/.test(between.slice(0, 30)) && /^(.{0,20})(书记|主任|局长|部长|科长|校长|经理)/.test(between)) continue;
          if (!after && p.start !== sentence.end && depts.some((o) => o !== d && o.start > d.end && o.end <= p.start && !/[、和及与]$/.test(text.slice(d.end, o.start)) && o.name !== d.name) && role === 'UNSPECIFIED') continue;
          add({ type: 'RESPONSIBLE_FOR', from: d.name, to: p.name, role }, sentence);
        }
      }
    }
    const lastInSentence = projects[projects.length - 1];
    if (lastInSentence) lastProject = { name: lastInSentence.name, sentenceStart: sentence.start };
    // The actor a later sentence may leave out: a body that opens a clause of this one.
    const firstActor = acting.find((d) => d.start >= sentence.start && d.end <= sentence.end && clauseAround(doc, d).start === d.start);
    if (firstActor) lastActor = { dept: firstActor, paragraph: sentence.paragraph };
    else if (!implicit && depts.length === 0) lastActor = lastActor && lastActor.paragraph === sentence.paragraph ? lastActor : null;
  }

  // A project named after the body that owns it (海淀医院北院区, 金隅集团和城建集团…改造项目).
  for (const p of mentions.projects.filter((p) => heldProjects.has(p.name))) {
    for (const d of acting.filter((d) => d.start >= p.start && d.end <= p.end)) add({ type: 'RESPONSIBLE_FOR', from: d.name, to: p.name, role: 'UNSPECIFIED' }, p);
  }

  // In a document that reports on a programme, every body at work in it takes part in it; the
  // role from its own words (牵头/负责/主体责任 → LEAD, 配合/参与/联合 → PARTICIPANT).
  if (titleProgramme) {
    for (const d of acting) {
      if (d.level === 'NATIONAL') continue;
      const around = text.slice(Math.max(0, d.start - 4), d.end + 10);
      const role: Role = /(牵头|负责|主体责任|主导)/.test(around) ? 'LEAD' : /(配合|参与|协作|协助|联合|报到)/.test(around) ? 'PARTICIPANT' : 'UNSPECIFIED';
      add({ type: 'RESPONSIBLE_FOR', from: d.name, to: titleProgramme, role }, d);
    }
  }

  // LOCATED_IN: the most specific place the text gives.
  const firstMention = new Map<string, ProjectMention>();
  for (const m of mentions.projects) if (!firstMention.has(m.name)) firstMention.set(m.name, m);
  for (const p of entities.projects) {
    const m = firstMention.get(p.name);
    let place: string | null = null;
    const inName = mentions.places.filter((pl) => m && pl.start >= m.start && pl.end <= m.end && pl.level !== 'MUNICIPALITY');
    if (inName.length) place = inName.sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level])[0]?.name ?? null;
    if (!place && m) {
      // A subdistrict or area named before it in its clause, not as part of another project's name.
      const clause = clauseAround(doc, m);
      const before = mentions.places.filter(
        (pl) =>
          pl.start >= clause.start && pl.end <= m.start && (pl.level === 'SUBDISTRICT' || pl.level === 'AREA') &&
          !mentions.projects.some((q) => q !== m && pl.start >= q.start && pl.end <= q.end) &&
          !mentions.projects.some((q) => q.start >= pl.end && q.end <= m.start),
      );
      place = before[before.length - 1]?.name ?? null;
    }
    // Else where the body responsible for it works (通州区税务局's brands are 通州区's).
    if (!place) {
      const owners = relations.filter((r) => r.type === 'RESPONSIBLE_FOR' && r.to === p.name).map((r) => jurisdiction.get(r.from)).filter((x): x is string => Boolean(x) && x !== '北京市');
      place = owners[0] ?? null;
    }
    place ??= defaultPlace;
    if (place && heldPlaces.has(place)) add({ type: 'LOCATED_IN', from: p.name, to: place });
  }

  // MEASURES: an indicator's subject — what its clause is about (a project, a department, a
  // place), else what the sentence before was about, else the programme the document reports on,
  // else its place. A count that closes an enumeration (A、B等4个项目) measures no single member.
  const defaultSubject = titleProgramme ?? defaultPlace;
  const actorBefore = (sentence: { start: number; paragraph: number }) => {
    const previous = doc.sentences.filter((x) => x.paragraph === sentence.paragraph && x.start < sentence.start).pop();
    if (!previous) return undefined;
    return acting.find((d) => d.start >= previous.start && d.end <= previous.end && clauseAround(doc, d).start === d.start && d.start - previous.start < 4)?.name;
  };
  const programmePlace = titleProgramme ? relations.find((r) => r.type === 'LOCATED_IN' && r.from === titleProgramme)?.to : undefined;
  let carried: { subject: string; paragraph: number } | null = null;
  let carriedSentence = -1;
  let carriedSource = '';
  for (const i of entities.indicators) {
    const clause = clauseAround(doc, i);
    const sentence = sentenceAt(doc, i.start) ?? { ...clause, paragraph: -1 };
    const lead = text.slice(clause.start, i.start);
    const within = <T extends { start: number; end: number }>(list: T[], from: number) => list.filter((x) => x.start >= from && x.end <= i.start);
    // Members of a list (A、B等…) are not what later numbers of the clause are about.
    const inClause = within(mentions.projects, clause.start).filter((p) => p.end === i.start || !/^[、等]/.test(text.slice(p.end, p.end + 1)));
    const lastProject = inClause[inClause.length - 1];
    // A count that closes a list (A、B等4个项目, …文化中心3个文体项目, 瑞旗家园和天北街道2所…)
    // measures no single member of it.
    const enumerationCount = /等$/.test(lead) || (lastProject !== undefined && lastProject.end === i.start && (inClause.length > 1 || /[和及、]/.test(text.slice(clause.start, lastProject.start))));
    // A project named after the number in the same clause is what it counts (12座桥…提升工程).
    // (Not one listed in parentheses after the count: 4个社会管理项目(…).)
    const following = mentions.projects.find((p) => p.start >= i.end && p.end <= clause.end && heldProjects.has(p.name) && !/[(（]/.test(text.slice(i.end, p.start)));
    const project = enumerationCount ? undefined : lastProject;
    const adjacent = project !== undefined && /^[”"’」]?$/.test(text.slice(project.end, i.start));
    const dept = within(acting, clause.start).pop();
    // A place inside a project's name is that project's, not the clause's.
    const place = enumerationCount
      ? undefined
      : within(mentions.places, clause.start)
          .filter((p) => p.level !== 'MUNICIPALITY' && !mentions.projects.some((q) => p.start >= q.start && p.end <= q.end))
          .pop();
    let subject: string | null =
      (adjacent ? project?.name : undefined) ?? following?.name ?? project?.name ?? dept?.name ?? (place && heldPlaces.has(place.name) ? place.name : null) ?? (enumerationCount ? defaultSubject : null);
    let source = subject ? 'clause' : '';
    // A clause that opens with its own verb (新增…, 可增加…, 2021年新开工…) is a new task of the
    // document's actor, not more about the subject before it.
    const opensWithVerb = NEW_TASK.test(lead.replace(/^((?:19|20)\d{2}年(?:\d{1,2}月)?(?:以来|底|末)?|今年|去年|全年|目前|同时|此外|另外|其中|并|还|已|将|可|未来将|未来)+/u, ''));
    if (!subject && carried && carried.paragraph === sentence.paragraph && !opensWithVerb) {
      // A later clause of the same sentence, or a sentence that says it goes on (其中…, 其次…),
      // is about the subject before it.
      const continues = /^(其中|其次|接下来|然后|再次|依次)/.test(text.slice(sentence.start, sentence.start + 3));
      // Sentences split at a semicolon are one sentence here; a body's reported work goes on
      // until another subject is named.
      const sameFullSentence = !/[。!?！？]/.test(text.slice(carriedSentence, sentence.start));
      if (carriedSentence === sentence.start || continues || sameFullSentence || carriedSource === 'actor') {
        subject = carried.subject;
        source = 'carried';
      }
    }
    // A sentence framed by a project (围绕X,… / 在X方面,…) is about it throughout.
    if (!subject) {
      const frame = FRAME.exec(text.slice(sentence.start, clause.start));
      const framed = frame ? mentions.projects.find((p) => p.start >= sentence.start && p.end <= sentence.start + frame[0].length && heldProjects.has(p.name)) : undefined;
      if (framed) {
        subject = framed.name;
        source = 'frame';
      }
    }
    // A bare head noun refers back to the last project it heads (…森林公园…。公园接待游客…, 园区工作人员…).
    if (!subject) {
      const bare = /(^|[^\p{Script=Han}])(公园|园区|项目|工程|医院|学校|中心|场馆)/u.exec(lead) ?? /^(公园|园区|项目|工程|医院|学校|中心|场馆)/.exec(lead);
      if (bare && !mentions.projects.some((p) => p.end === clause.start + (bare.index ?? 0) + bare[0].length)) {
        const head = bare[bare.length - 1] as string;
        const referent = mentions.projects.filter((p) => p.end <= clause.start && p.name.endsWith(head === '园区' ? '公园' : head) && sentenceAt(doc, p.start)?.paragraph === sentence.paragraph).pop();
        if (referent && heldProjects.has(referent.name)) {
          subject = referent.name;
          source = 'anaphora';
        }
      }
    }
    if (!subject) {
      const sentenceProject = enumerationCount || opensWithVerb ? undefined : within(mentions.projects, sentence.start).pop();
      // A sentence that names nothing before its number reports the work of the body that opened
      // the sentence before it (市回天工作专班…建立…机制。计划发布以来,共办理…78件).
      const actor = !opensWithVerb && within(acting, sentence.start).length === 0 ? actorBefore(sentence) : undefined;
      subject = sentenceProject?.name ?? actor ?? defaultSubject;
      source = sentenceProject ? 'sentence' : actor ? 'actor' : 'default';
    }
    // The place a programme covers stands for the programme in a document about it.
    // (for work done there, not for the state of the place: 网点连锁化率达到50%).
    if (titleProgramme && subject && subject === programmePlace && WORK_VERB.test(lead)) subject = titleProgramme;
    if (subject && subject !== defaultSubject) {
      carried = { subject, paragraph: sentence.paragraph };
      carriedSentence = sentence.start;
      // Carrying a body's work on keeps it a body's work.
      if (source !== 'carried') carriedSource = source;
    }
    i.subject = subject;
    if (subject && (heldPlaces.has(subject) || heldProjects.has(subject) || heldDepartments.has(subject))) {
      add({ type: 'MEASURES', from: indicatorKey(i), to: subject }, i);
    }
  }
  return relations;
}

/** True when a title names a programme, directly or by its key words (回天行动计划 ~ 回天地区三年行动计划). */
function sharesName(title: string, programme: string): boolean {
  const core = programme.replace(/(三年)?(行动计划|行动|计划)$/, '').replace(/地区$/, '');
  return core.length >= 2 && title.replace(/[\s“”"]/g, '').includes(core);
}
