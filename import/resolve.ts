/**
 * Resolve: mentions → canonical entities of one document. Mentions with the same canonical name
 * are one entity; every entity gets its stable id, its aliases (the written forms, simplified and
 * traditional) and the mentions it was drawn from. The municipality is held whenever any Beijing
 * place is, and the document's own district whenever the document has one.
 */
import type { DepartmentEntity, DistrictEntity, IndicatorEntity, MentionSpan, ProjectEntity } from './annotation.js';
import type { DepartmentMention } from './extract/departments.js';
import type { IndicatorMention } from './extract/indicators.js';
import type { PlaceMention } from './extract/places.js';
import type { ProjectMention } from './extract/projects.js';
import type { ExtractionDocument } from './extract/text.js';
import { stableId } from './ids.js';
import { toSimplified, traditionalForms } from './normalise.js';
import { reference } from './reference.js';

export interface ResolvedEntities {
  districts: DistrictEntity[];
  departments: (DepartmentEntity & { partOf: string | null })[];
  projects: ProjectEntity[];
  indicators: (IndicatorEntity & { start: number; end: number })[];
}

function span(doc: ExtractionDocument, start: number, end: number): MentionSpan {
  return { start, end, quote: doc.original.slice(start, end) };
}

/** Aliases: the other names seen, in simplified script and their traditional forms. */
function aliasesOf(name: string, written: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of written) {
    const s = toSimplified(w).replace(/[“”‘’「」"'\s]/g, '');
    if (s && s !== name) out.add(s);
  }
  for (const n of [name, ...out]) for (const t of traditionalForms(n)) if (t !== name) out.add(t);
  return [...out].sort();
}

const STATUS_RANK = { UNKNOWN: 0, PLANNED: 1, IN_PROGRESS: 2, COMPLETED: 3 } as const;

export function resolveEntities(
  doc: ExtractionDocument,
  places: PlaceMention[],
  departments: DepartmentMention[],
  projects: ProjectMention[],
  indicators: IndicatorMention[],
): ResolvedEntities {
  const ref = reference();

  const districtMentions = new Map<string, { level: DistrictEntity['level']; spans: MentionSpan[] }>();
  for (const p of places) {
    const entry = districtMentions.get(p.name) ?? { level: p.level, spans: [] };
    entry.spans.push(span(doc, p.start, p.end));
    districtMentions.set(p.name, entry);
  }
  if (doc.meta.district && !districtMentions.has(doc.meta.district)) districtMentions.set(doc.meta.district, { level: 'DISTRICT', spans: [] });
  if (districtMentions.size > 0 && !districtMentions.has('北京市')) districtMentions.set('北京市', { level: 'MUNICIPALITY', spans: [] });
  const districts: DistrictEntity[] = [...districtMentions.entries()].map(([name, { level, spans }]) => ({
    type: 'District',
    id: stableId('District', name),
    name,
    level,
    code: ref.places.get(name)?.code ?? null,
    aliases: aliasesOf(name, [...(ref.places.get(name)?.aliases ?? []), ...spans.map((s) => s.quote)]),
    mentions: spans,
  }));

  const deptByName = new Map<string, { m: DepartmentMention; written: Set<string>; spans: MentionSpan[] }>();
  for (const d of departments) {
    const entry = deptByName.get(d.name) ?? { m: d, written: new Set<string>(), spans: [] };
    for (const a of d.aliases) if (!/^区/.test(a)) entry.written.add(a);
    const quote = span(doc, d.start, d.end);
    if (!/^(区|我|本|街道)/.test(toSimplified(quote.quote)) && quote.quote.length > 2) entry.written.add(quote.quote);
    entry.spans.push(quote);
    deptByName.set(d.name, entry);
  }
  const departmentsOut = [...deptByName.values()].map(({ m, written, spans }) => ({
    type: 'Department' as const,
    id: stableId('Department', m.name),
    name: m.name,
    kind: m.kind,
    level: m.level,
    aliases: aliasesOf(m.name, written),
    mentions: spans,
    partOf: m.partOf,
  }));

  // A name that only adds a modifier in front of another project's name is that project
  // (通勤用自行车专用路 is 自行车专用路); the longer form becomes an alias.
  const names = [...new Set(projects.map((p) => p.name))];
  // Names that differ only by a place-type word (回天三年行动计划 / 回天地区三年行动计划) are one, the longer.
  const key = (n: string) => n.replace(/地区|街道/g, '');
  const canonicalOf = (name: string) =>
    names.filter((n) => n !== name && n.length >= 4 && name.endsWith(n)).sort((a, b) => b.length - a.length)[0] ??
    names.filter((n) => n !== name && n.length > name.length && key(n) === key(name))[0] ??
    // …or only adds its generic head (清河之洲公园 is 清河之洲).
    names.filter((n) => n !== name && n.length >= 3 && name.startsWith(n) && /^(公园|项目|工程|园区)$/.test(name.slice(n.length)))[0] ??
    name;
  const projectByName = new Map<string, { p: ProjectMention; written: Set<string>; spans: MentionSpan[]; votes: Record<string, number> }>();
  for (const p of projects) {
    const name = canonicalOf(p.name);
    // Relations are made from mentions: they name the entity, not the variant.
    if (p.name !== name) (p.aliases ??= []).push(p.name);
    p.name = name;
    const entry = projectByName.get(name) ?? { p: { ...p, name }, written: new Set<string>(), spans: [], votes: {} };
    if (p.status !== 'UNKNOWN') entry.votes[p.status] = (entry.votes[p.status] ?? 0) + 1;
    entry.spans.push(span(doc, p.start, p.end));
    for (const a of p.aliases ?? []) entry.written.add(a);
    projectByName.set(name, entry);
  }
  // Status: what most mentions say; a tie between done and under way is under way.
  for (const entry of projectByName.values()) {
    const ranked = Object.entries(entry.votes).sort((a, b) => b[1] - a[1] || STATUS_RANK[a[0] as keyof typeof STATUS_RANK] - STATUS_RANK[b[0] as keyof typeof STATUS_RANK]);
    const top = ranked[0];
    const tied = ranked.filter((r) => r[1] === top?.[1]).map((r) => r[0]);
    entry.p.status = (tied.includes('IN_PROGRESS') ? 'IN_PROGRESS' : (top?.[0] ?? 'UNKNOWN')) as ProjectMention['status'];
  }
  const projectsOut: ProjectEntity[] = [...projectByName.values()].map(({ p, written, spans }) => ({
    type: 'Project',
    id: stableId('Project', p.name),
    name: p.name,
    status: p.status,
    sector: p.sector ?? null,
    startYear: p.startYear ?? null,
    endYear: p.endYear ?? null,
    aliases: aliasesOf(p.name, [...written, ...spans.map((s) => s.quote)]),
    mentions: spans,
  }));

  const indicatorsOut = indicators.map((i) => ({
    type: 'Indicator' as const,
    id: stableId('Indicator', doc.key, i.start, i.end, i.label),
    label: i.label,
    value: i.value,
    unit: i.unit,
    normalizedValue: i.normalizedValue,
    baseUnit: i.baseUnit,
    year: i.year,
    kind: i.kind,
    measure: i.measure,
    approximate: i.approximate,
    subject: i.subject,
    mentions: [span(doc, i.start, i.end)],
    start: i.start,
    end: i.end,
  }));

  return { districts, departments: departmentsOut, projects: projectsOut, indicators: indicatorsOut };
}
