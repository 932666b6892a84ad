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

  const projectByName = new Map<string, { p: ProjectMention; written: Set<string>; spans: MentionSpan[] }>();
  for (const p of projects) {
    const entry = projectByName.get(p.name) ?? { p, written: new Set<string>(), spans: [] };
    if (STATUS_RANK[p.status] > STATUS_RANK[entry.p.status]) entry.p = { ...entry.p, status: p.status };
    entry.spans.push(span(doc, p.start, p.end));
    for (const a of p.aliases ?? []) entry.written.add(a);
    projectByName.set(p.name, entry);
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
