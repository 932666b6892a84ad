/**
 * From GraphQL arguments to query parameters: `where` filters, `orderBy` and ids, checked on the
 * way (a malformed id, an id of the wrong type or an inverted range is BAD_USER_INPUT naming the
 * argument). Names are matched in either script: a name filter becomes the lower-cased forms of
 * the text as given, simplified, and traditional, and the query matches any of them.
 */
import { labelOfId, type IdLabel } from '../import/ids.js';
import { toSimplified, traditionalForms } from '../import/normalise.js';
import { badInput } from './errors.js';
import type {
  DepartmentsRequest,
  DistrictsRequest,
  DocumentsRequest,
  IndicatorsRequest,
  ProjectsRequest,
  Range,
} from './db/queries.js';
import type {
  DepartmentWhere,
  DistrictWhere,
  DocumentWhere,
  FloatRange,
  IndicatorWhere,
  InputMaybe,
  IntRange,
  ProjectWhere,
} from './generated/resolvers.generated.js';
import type { Order } from './paging.js';

/** An id as given, checked: of our shape, and of one of `labels` when given. */
export function nodeId(value: string, argument: string, labels?: readonly IdLabel[]): string {
  const label = labelOfId(value);
  if (!label) throw badInput(argument, `"${value.slice(0, 40)}" is not an id of this graph (ids look like dis_…, dep_…, prj_…, ind_…, doc_… followed by 16 characters)`);
  if (labels && !labels.includes(label)) throw badInput(argument, `"${value}" is a ${label} id; expected a ${labels.join(' or ')} id`);
  return value;
}

function optionalId(value: InputMaybe<string> | undefined, argument: string, labels: readonly IdLabel[]): string | null {
  return value === null || value === undefined ? null : nodeId(value, argument, labels);
}

/** The forms of a name filter to match (lower case): as given, simplified, traditional. Null when absent or blank. */
export function nameForms(value: InputMaybe<string> | undefined, argument: string): string[] | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (text.length > 200) throw badInput(argument, 'is longer than 200 characters');
  const simplified = toSimplified(text);
  return [...new Set([text, simplified, ...traditionalForms(simplified)].map((s) => s.toLowerCase()))];
}

function list<T>(value: InputMaybe<readonly T[]> | undefined): T[] | null {
  return value === null || value === undefined || value.length === 0 ? null : [...value];
}

export function intRange(value: InputMaybe<IntRange> | undefined, argument: string): Range {
  if (!value) return { min: null, max: null };
  if (value.eq !== null && value.eq !== undefined) {
    if ((value.min ?? value.eq) !== value.eq || (value.max ?? value.eq) !== value.eq) throw badInput(argument, 'give either eq or min/max');
    return { min: value.eq, max: value.eq };
  }
  return checked({ min: value.min ?? null, max: value.max ?? null }, argument);
}

export function floatRange(value: InputMaybe<FloatRange> | undefined, argument: string): Range {
  if (!value) return { min: null, max: null };
  return checked({ min: value.min ?? null, max: value.max ?? null }, argument);
}

function checked(range: Range, argument: string): Range {
  if (range.min !== null && range.max !== null && range.min > range.max) throw badInput(argument, `min (${range.min}) is greater than max (${range.max})`);
  return range;
}

/** orderBy of a connection of `type`, with its defaults. */
export function orderOf(type: string, orderBy: { field?: string | null; direction?: string | null } | null | undefined, field: string, direction: 'ASC' | 'DESC'): Order {
  return { type, field: orderBy?.field ?? field, desc: (orderBy?.direction ?? direction) === 'DESC' };
}

type Filter<R> = Omit<R, 'order' | 'desc' | 'after'>;

export function districtFilter(where: InputMaybe<DistrictWhere> | undefined, arg = 'where'): Filter<DistrictsRequest> {
  const w = where ?? {};
  return {
    names: nameForms(w.name, `${arg}.name`),
    levels: list(w.level),
    within: w.district ? [nodeId(w.district, `${arg}.district`, ['District'])] : [],
    parent: optionalId(w.parent, `${arg}.parent`, ['District']),
    code: w.code ?? null,
    mentioned: w.mentioned ?? null,
    document: optionalId(w.document, `${arg}.document`, ['Document']),
  };
}

export function departmentFilter(where: InputMaybe<DepartmentWhere> | undefined, arg = 'where'): Filter<DepartmentsRequest> {
  const w = where ?? {};
  return {
    names: nameForms(w.name, `${arg}.name`),
    kinds: list(w.kind),
    levels: list(w.level),
    within: w.district ? [nodeId(w.district, `${arg}.district`, ['District'])] : [],
    projects: w.project ? [nodeId(w.project, `${arg}.project`, ['Project'])] : [],
    roles: list(w.role),
    document: optionalId(w.document, `${arg}.document`, ['Document']),
  };
}

export function projectFilter(where: InputMaybe<ProjectWhere> | undefined, arg = 'where'): Filter<ProjectsRequest> {
  const w = where ?? {};
  return {
    names: nameForms(w.name, `${arg}.name`),
    within: w.district ? [nodeId(w.district, `${arg}.district`, ['District'])] : [],
    departments: w.department ? [nodeId(w.department, `${arg}.department`, ['Department'])] : [],
    roles: list(w.role),
    statuses: list(w.status),
    sectors: list(w.sector),
    startYear: intRange(w.startYear, `${arg}.startYear`),
    endYear: intRange(w.endYear, `${arg}.endYear`),
    partOf: optionalId(w.partOf, `${arg}.partOf`, ['Project']),
    document: optionalId(w.document, `${arg}.document`, ['Document']),
  };
}

export function indicatorFilter(where: InputMaybe<IndicatorWhere> | undefined, arg = 'where'): Filter<IndicatorsRequest> {
  const w = where ?? {};
  return {
    labels: nameForms(w.label, `${arg}.label`),
    kinds: list(w.kind),
    measures: list(w.measure),
    units: list(w.unit),
    year: intRange(w.year, `${arg}.year`),
    value: floatRange(w.value, `${arg}.value`),
    normalizedValue: floatRange(w.normalizedValue, `${arg}.normalizedValue`),
    document: optionalId(w.document, `${arg}.document`, ['Document']),
    subjects: w.subject ? [nodeId(w.subject, `${arg}.subject`, ['District', 'Department', 'Project'])] : [],
    departments: w.department ? [nodeId(w.department, `${arg}.department`, ['Department'])] : [],
    within: w.district ? [nodeId(w.district, `${arg}.district`, ['District'])] : [],
  };
}

export function documentFilter(where: InputMaybe<DocumentWhere> | undefined, arg = 'where'): Filter<DocumentsRequest> {
  const w = where ?? {};
  const from = w.publishedAt?.from ?? null;
  const to = w.publishedAt?.to ?? null;
  if (from && to && from > to) throw badInput(`${arg}.publishedAt`, `from (${from}) is after to (${to})`);
  return {
    titles: nameForms(w.title, `${arg}.title`),
    within: w.district ? [nodeId(w.district, `${arg}.district`, ['District'])] : [],
    year: intRange(w.year, `${arg}.year`),
    publishedFrom: from,
    publishedTo: to,
    genres: list(w.genre),
    scripts: list(w.script),
    mentions: w.mentions ? [nodeId(w.mentions, `${arg}.mentions`, ['District', 'Department', 'Project', 'Indicator'])] : [],
  };
}
