/**
 * The scorer of ANNOTATION.md ("Scoring"): compares extracted annotations with gold annotations,
 * per document and per type, and reports precision, recall and F1 per entity and relation type,
 * attribute accuracy over matched pairs, and the false positives / false negatives of each document.
 *
 * Pure functions: no file or process access here (see cli.ts).
 *
 * Matching. Within one document and one type, gold and predicted items form a bipartite graph whose
 * edges are the pairs that match under the type's rule (see `entitiesMatch` and `relationsMatch`).
 * Each gold item is matched by at most one predicted item and vice versa, by a maximum matching
 * (not greedy), so the number of true positives never depends on the order of the items. Among the
 * matchings of maximum size, the one that agrees most on names and attributes is chosen (a
 * max-weight assignment where every edge weighs more than all tie-breaking bonuses together), so
 * that attribute accuracy is not spoiled by an arbitrary pairing of interchangeable items.
 *
 * Relations: same type, and both ends match. Each end is resolved to the entities of its own
 * document that bear that name or alias (normalised; for MEASURES `from`, the indicator with that
 * key `label|value|unit`), preferring entities of the type the relation expects at that end
 * (RESPONSIBLE_FOR Department → Project, …). Two resolved ends match if their entities match under
 * their type's rule (so a MEASURES end matches an indicator with another label but the same folded
 * value and base unit). If an end names no entity of its document, it is compared as a string with
 * the other end's names (or string) under the District/Department equal-names rule. The
 * RESPONSIBLE_FOR role is attribute accuracy over matched relations, not part of the match.
 *
 * Conventions:
 * - Micro-averaging: TP, FP and FN are summed over documents, then P, R and F1 are computed.
 * - P = TP / predicted, and P = 1 when nothing was predicted (no wrong prediction was made).
 *   R = TP / gold, and R = 1 when gold holds nothing (nothing was missed).
 *   F1 = 2TP / (2TP + FP + FN), and F1 = 1 when gold and prediction are both empty. This equals the
 *   harmonic mean of P and R whenever that is defined, and is 0 when TP = 0 and anything was
 *   predicted or expected: so gold and predicted both empty → P = R = F1 = 1; predicted > 0 and
 *   TP = 0 → P = 0, F1 = 0; gold > 0 and nothing predicted → P = 1, R = 0, F1 = 0.
 * - Attribute accuracy = correct / matched, and 1 when nothing was matched (nothing to get wrong).
 *   The mean label overlap is 1 over no pairs, likewise.
 * - A gold document with no predicted document counts all its items as false negatives.
 *   A predicted document with no gold document is not scored; it is listed in `unscoredDocuments`.
 * - Duplicates in the prediction are false positives (an item can be matched only once).
 * - Entities and relations of unknown types are ignored. A RESPONSIBLE_FOR relation without a role
 *   counts as role UNSPECIFIED; a Project without status as UNKNOWN.
 */
import * as OpenCC from 'opencc-js';
import type {
  DepartmentEntity,
  DistrictEntity,
  DocumentAnnotation,
  Entity,
  EntityType,
  IndicatorEntity,
  ProjectEntity,
  Relation,
  RelationType,
} from '../annotation.js';
import { foldMagnitude, normalizeUnit } from '../units.js';

export const ENTITY_TYPES = ['District', 'Department', 'Project', 'Indicator'] as const satisfies readonly EntityType[];
export const RELATION_TYPES = ['RESPONSIBLE_FOR', 'LOCATED_IN', 'MEASURES', 'PART_OF'] as const satisfies readonly RelationType[];
export type ScoredType = EntityType | RelationType;
export const SCORED_TYPES: readonly ScoredType[] = [...ENTITY_TYPES, ...RELATION_TYPES];

/** Attributes scored as accuracy over matched pairs. The first six are the ones the issue asks for. */
export const ATTRIBUTES = [
  'Indicator.year',
  'Indicator.kind',
  'Indicator.measure',
  'Indicator.label',
  'Project.status',
  'RESPONSIBLE_FOR.role',
  'Indicator.approximate',
  'District.level',
  'Department.kind',
  'Department.level',
] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface TypeScore {
  gold: number;
  predicted: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface AttributeScore {
  matched: number;
  correct: number;
  accuracy: number;
}

export interface MissItem {
  type: ScoredType;
  /** Entity name, indicator key `label|value|unit`, or `from → to` for a relation. */
  text: string;
  /** Relations only. */
  from?: string;
  to?: string;
  role?: string;
}

export interface AttributeError {
  attribute: AttributeName;
  /** The gold item (name, indicator key or relation). */
  item: string;
  gold: string;
  predicted: string;
}

export interface TypeCounts {
  gold: number;
  predicted: number;
  tp: number;
}

export interface DocumentScore {
  document: string;
  /** False when no predicted document had this name: every gold item is a false negative. */
  hasPrediction: boolean;
  counts: Record<ScoredType, TypeCounts>;
  falsePositives: MissItem[];
  falseNegatives: MissItem[];
  attributeErrors: AttributeError[];
}

export interface EvalReport {
  types: Record<ScoredType, TypeScore>;
  /** Micro-averages over all entity types and over all relation types. */
  totals: { entities: TypeScore; relations: TypeScore };
  attributes: Record<AttributeName, AttributeScore>;
  /** Mean character-level overlap (Dice over characters) of the labels of matched indicators. */
  labelOverlap: { matched: number; mean: number };
  /** One per gold document, sorted by document name. */
  documents: DocumentScore[];
  /** Predicted documents with no gold: not scored. Sorted. */
  unscoredDocuments: string[];
}

// ---------------------------------------------------------------------------------------------
// Normalisation of names (ANNOTATION.md: simplified script, no whitespace, quotes or pinyin artefacts)

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * 區(qū)民政局 → 區民政局: a parenthesis of lowercase pinyin letters (with or without tone marks) right
 * after a Han character. Parentheses holding Han characters, digits or capitals ((二期), (CBD)) stay.
 */
const PINYIN_ARTEFACT = /(?<=\p{Script=Han})[(（](?=[^)）]*[a-z])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ\u0300-\u036f\s'’]+[)）]/gu;
const QUOTES_AND_SPACE = /[\s“”‘’「」『』"'＂＇]/gu;

const nameCache = new Map<string, string>();

/** The form in which names are compared: pinyin artefacts removed, simplified script, NFKC, no whitespace or quotes. */
export function normalizeName(name: string): string {
  const cached = nameCache.get(name);
  if (cached !== undefined) return cached;
  const withoutPinyin = String(name).normalize('NFC').replace(PINYIN_ARTEFACT, '');
  const result = toSimplified(withoutPinyin).normalize('NFKC').replace(QUOTES_AND_SPACE, '');
  if (nameCache.size > 100_000) nameCache.clear();
  nameCache.set(name, result);
  return result;
}

/** Unit text in comparable form: simplified script (個 → 个, 公頃 → 公顷), NFKC (％ → %), no spaces. */
export function normalizeUnitText(unit: string): string {
  return toSimplified(normalizeUnit(String(unit ?? '')));
}

function codePointLength(s: string): number {
  return Array.from(s).length;
}

// ---------------------------------------------------------------------------------------------
// Entity matching rules

type NamedEntity = DistrictEntity | DepartmentEntity | ProjectEntity;

/** All names of a District, Department or Project, normalised and deduplicated, primary name first. */
export function entityNames(e: Pick<NamedEntity, 'name' | 'aliases'>): string[] {
  const names = [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])]
    .filter((n): n is string => typeof n === 'string')
    .map(normalizeName)
    .filter((n) => n.length > 0);
  return [...new Set(names)];
}

/** District, Department: any name of one equals any name of the other. */
export function namesEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/** Project: equal names, or one contains the other and the shorter has at least 4 characters (code points). */
export function projectNamesMatch(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x === y) return true;
      const [shorter, longer] = codePointLength(x) <= codePointLength(y) ? [x, y] : [y, x];
      if (codePointLength(shorter) >= 4 && longer.includes(shorter)) return true;
    }
  }
  return false;
}

export interface Quantity {
  value: number;
  baseUnit: string;
}

/** The indicator's value with its unit's magnitude folded in: 158.3 亿元 → 15830000000 元. */
export function indicatorQuantity(e: Pick<IndicatorEntity, 'value' | 'unit'>): Quantity {
  return foldMagnitude(Number(e.value), normalizeUnitText(e.unit));
}

/** Relative difference under 1e-6 (0 equals only 0). */
export function sameValue(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (a === b) return true;
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)) < 1e-6;
}

/** Indicator: same folded value and same base unit. */
export function quantitiesMatch(a: Quantity, b: Quantity): boolean {
  return a.baseUnit === b.baseUnit && sameValue(a.value, b.value);
}

/** Whether two entities of the same type match under ANNOTATION.md's rule for the type. */
export function entitiesMatch(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case 'District':
    case 'Department':
      return namesEqual(entityNames(a), entityNames(b as NamedEntity));
    case 'Project':
      return projectNamesMatch(entityNames(a), entityNames(b as ProjectEntity));
    case 'Indicator':
      return quantitiesMatch(indicatorQuantity(a), indicatorQuantity(b as IndicatorEntity));
  }
}

/** `label|value|unit` in comparable form (label and unit normalised, value as a JS number). */
export function canonicalIndicatorKey(label: string, value: number | string, unit: string): string {
  const v = Number(value);
  return `${normalizeName(String(label))}|${Number.isFinite(v) ? String(v) : String(value).trim()}|${normalizeUnitText(unit)}`;
}

/** Parses a relation's `label|value|unit` (the label may itself hold `|`). Null if it has no value. */
export function parseIndicatorKey(key: string): { label: string; value: number; unit: string } | null {
  const parts = key.split('|');
  if (parts.length < 3) return null;
  const unit = parts[parts.length - 1]!;
  const valueText = parts[parts.length - 2]!.trim();
  const value = Number(valueText);
  if (valueText === '' || !Number.isFinite(value)) return null;
  return { label: parts.slice(0, -2).join('|'), value, unit };
}

function canonicalKeyOfText(key: string): string {
  const parsed = parseIndicatorKey(key);
  return parsed ? canonicalIndicatorKey(parsed.label, parsed.value, parsed.unit) : normalizeName(key);
}

// ---------------------------------------------------------------------------------------------
// Relation ends

/** Entity types a relation end is expected to name; a resolved end prefers entities of these types. */
const END_TYPES: Record<RelationType, { from: readonly EntityType[]; to: readonly EntityType[] }> = {
  RESPONSIBLE_FOR: { from: ['Department'], to: ['Project'] },
  LOCATED_IN: { from: ['Project'], to: ['District'] },
  MEASURES: { from: ['Indicator'], to: ['Project', 'Department', 'District'] },
  PART_OF: { from: ['Department', 'District', 'Project'], to: ['District', 'Project'] },
};

interface DocIndex {
  /** Normalised name or alias → Districts, Departments, Projects having it. */
  byName: Map<string, Entity[]>;
  /** Canonical indicator key → Indicators. */
  byKey: Map<string, Entity[]>;
}

function pushTo(map: Map<string, Entity[]>, key: string, e: Entity): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
  } else map.set(key, [e]);
}

function buildIndex(entities: readonly Entity[]): DocIndex {
  const index: DocIndex = { byName: new Map(), byKey: new Map() };
  for (const e of entities) {
    if (e.type === 'Indicator') pushTo(index.byKey, canonicalIndicatorKey(e.label, e.value, e.unit), e);
    else for (const n of entityNames(e)) pushTo(index.byName, n, e);
  }
  return index;
}

/** A relation end: the entities of its document that it names (empty if none), and its text. */
interface RelationEnd {
  /** Normalised end text (for an indicator key: its canonical form). */
  text: string;
  entities: Entity[];
}

function resolveEnd(raw: string, index: DocIndex, expected: readonly EntityType[], isIndicatorKey: boolean): RelationEnd {
  const text = isIndicatorKey ? canonicalKeyOfText(String(raw)) : normalizeName(String(raw));
  const found = (isIndicatorKey ? index.byKey.get(text) : undefined) ?? index.byName.get(text) ?? [];
  const preferred = found.filter((e) => expected.includes(e.type));
  return { text, entities: preferred.length > 0 ? preferred : found };
}

/** All names by which an end can be compared as a string: its entities' names, or its own text. */
function endStrings(end: RelationEnd): string[] {
  if (end.entities.length === 0) return [end.text];
  const out = new Set<string>([end.text]);
  for (const e of end.entities) {
    if (e.type === 'Indicator') out.add(canonicalIndicatorKey(e.label, e.value, e.unit));
    else for (const n of entityNames(e)) out.add(n);
  }
  return [...out];
}

/**
 * Two ends match if they name entities that match under their type's rule; if either end names no
 * entity of its document, its text is compared with the other end's names under the equal-names rule.
 */
function endsMatch(a: RelationEnd, b: RelationEnd): boolean {
  if (a.entities.length > 0 && b.entities.length > 0) {
    return a.entities.some((x) => b.entities.some((y) => entitiesMatch(x, y)));
  }
  return namesEqual(endStrings(a), endStrings(b));
}

interface ResolvedRelation {
  relation: Relation;
  from: RelationEnd;
  to: RelationEnd;
  role: string;
}

function resolveRelation(r: Relation, index: DocIndex): ResolvedRelation {
  const ends = END_TYPES[r.type];
  return {
    relation: r,
    from: resolveEnd(r.from, index, ends.from, r.type === 'MEASURES'),
    to: resolveEnd(r.to, index, ends.to, false),
    role: r.role ?? 'UNSPECIFIED',
  };
}

/** Same type (the caller groups by type) and both ends match. The role is not part of the match. */
function relationsMatch(a: ResolvedRelation, b: ResolvedRelation): boolean {
  return a.relation.type === b.relation.type && endsMatch(a.from, b.from) && endsMatch(a.to, b.to);
}

// ---------------------------------------------------------------------------------------------
// Maximum matching

/**
 * A maximum matching between `gold` and `predicted` over the pairs where `edge` holds; among those
 * of maximum size, one with the largest total `bonus` (an integer 0..999 per pair). Returns the
 * matched pairs as [goldIndex, predictedIndex], sorted by gold index.
 *
 * Each connected component of the graph is solved by the Hungarian algorithm on weights
 * M + bonus, with M larger than any sum of bonuses, so size comes first. Integer arithmetic: exact.
 */
export function maximumMatching<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  edge: (g: G, p: P) => boolean,
  bonus: (g: G, p: P) => number = () => 0,
): Array<[number, number]> {
  const edges: Array<[number, number]> = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < predicted.length; j++) {
      if (edge(gold[i]!, predicted[j]!)) edges.push([i, j]);
    }
  }
  if (edges.length === 0) return [];

  // Connected components (union-find over gold nodes 0..G-1 and predicted nodes G..G+P-1).
  const parent = Array.from({ length: gold.length + predicted.length }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k]!]!;
      k = parent[k]!;
    }
    return k;
  };
  for (const [i, j] of edges) {
    const a = find(i);
    const b = find(gold.length + j);
    if (a !== b) parent[a] = b;
  }
  const components = new Map<number, Array<[number, number]>>();
  for (const e of edges) {
    const root = find(e[0]);
    const list = components.get(root);
    if (list) list.push(e);
    else components.set(root, [e]);
  }

  const result: Array<[number, number]> = [];
  for (const compEdges of components.values()) {
    const rows = [...new Set(compEdges.map((e) => e[0]))].sort((x, y) => x - y);
    const cols = [...new Set(compEdges.map((e) => e[1]))].sort((x, y) => x - y);
    const big = 1000 * (Math.min(rows.length, cols.length) + 1);
    const weight = new Map<string, number>();
    for (const [i, j] of compEdges) {
      const b = Math.max(0, Math.min(999, Math.round(bonus(gold[i]!, predicted[j]!))));
      weight.set(`${i},${j}`, big + b);
    }
    const transpose = rows.length > cols.length;
    const R = transpose ? cols : rows;
    const C = transpose ? rows : cols;
    const w = (r: number, c: number): number =>
      weight.get(transpose ? `${C[c]},${R[r]}` : `${R[r]},${C[c]}`) ?? 0;
    const assignment = hungarianMax(R.length, C.length, w);
    for (let r = 0; r < R.length; r++) {
      const c = assignment[r]!;
      if (c < 0 || w(r, c) === 0) continue;
      result.push(transpose ? [C[c]!, R[r]!] : [R[r]!, C[c]!]);
    }
  }
  return result.sort((x, y) => x[0] - y[0]);
}

/**
 * Max-weight assignment of n rows to m ≥ n columns (weights ≥ 0; 0 = no edge). Returns, per row,
 * its column. The classic O(n²m) Hungarian algorithm with potentials, minimising -weight.
 */
function hungarianMax(n: number, m: number, weight: (r: number, c: number) => number): number[] {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j]: row (1-based) assigned to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -weight(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const rowToCol = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowToCol[p[j]! - 1] = j - 1;
  return rowToCol;
}

// ---------------------------------------------------------------------------------------------
// Scores

/** P, R, F1 from counts, with the conventions of the header comment. */
export function prf(tp: number, predicted: number, gold: number): TypeScore {
  const fp = predicted - tp;
  const fn = gold - tp;
  return {
    gold,
    predicted,
    tp,
    fp,
    fn,
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: gold === 0 ? 1 : tp / gold,
    f1: 2 * tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

/** Character-level overlap of two labels: Dice coefficient over the multisets of code points. */
export function labelOverlap(a: string, b: string): number {
  const x = Array.from(normalizeName(a));
  const y = Array.from(normalizeName(b));
  if (x.length + y.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const c of x) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of y) {
    const k = counts.get(c) ?? 0;
    if (k > 0) {
      common++;
      counts.set(c, k - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

function entityText(e: Entity): string {
  return e.type === 'Indicator' ? `${e.label}|${e.value}|${e.unit}` : e.name;
}

function relationText(r: Relation): string {
  return `${r.from} → ${r.to}${r.type === 'RESPONSIBLE_FOR' ? ` (${r.role ?? 'UNSPECIFIED'})` : ''}`;
}

function missOfRelation(r: Relation): MissItem {
  const item: MissItem = { type: r.type, text: relationText(r), from: r.from, to: r.to };
  if (r.type === 'RESPONSIBLE_FOR') item.role = r.role ?? 'UNSPECIFIED';
  return item;
}

function show(v: unknown): string {
  return v === undefined ? '(none)' : v === null ? 'null' : String(v);
}

/** Tie-breaking preference between matching pairs of entities (0..999): agreement on names and attributes. */
function entityBonus(g: Entity, p: Entity): number {
  switch (g.type) {
    case 'District': {
      const q = p as DistrictEntity;
      return (normalizeName(g.name) === normalizeName(q.name) ? 500 : 0) + (g.level === q.level ? 200 : 0);
    }
    case 'Department': {
      const q = p as DepartmentEntity;
      return (
        (normalizeName(g.name) === normalizeName(q.name) ? 500 : 0) +
        (g.kind === q.kind ? 200 : 0) +
        (g.level === q.level ? 200 : 0)
      );
    }
    case 'Project': {
      const q = p as ProjectEntity;
      return (
        (namesEqual(entityNames(g), entityNames(q)) ? 500 : 0) +
        (normalizeName(g.name) === normalizeName(q.name) ? 200 : 0) +
        ((g.status ?? 'UNKNOWN') === (q.status ?? 'UNKNOWN') ? 200 : 0)
      );
    }
    case 'Indicator': {
      const q = p as IndicatorEntity;
      return (
        (normalizeName(g.label) === normalizeName(q.label) ? 400 : 0) +
        Math.round(200 * labelOverlap(g.label, q.label)) +
        ((g.year ?? null) === (q.year ?? null) ? 100 : 0) +
        (g.kind === q.kind ? 100 : 0) +
        (g.measure === q.measure ? 100 : 0) +
        (Boolean(g.approximate) === Boolean(q.approximate) ? 50 : 0) +
        (normalizeName(String(g.subject ?? '')) === normalizeName(String(q.subject ?? '')) ? 49 : 0)
      );
    }
  }
}

function relationBonus(g: ResolvedRelation, p: ResolvedRelation): number {
  return (g.role === p.role ? 300 : 0) + (g.from.text === p.from.text ? 300 : 0) + (g.to.text === p.to.text ? 300 : 0);
}

interface AttributeTally {
  matched: number;
  correct: number;
}

function emptyCounts(): Record<ScoredType, TypeCounts> {
  return Object.fromEntries(SCORED_TYPES.map((t) => [t, { gold: 0, predicted: 0, tp: 0 }])) as Record<
    ScoredType,
    TypeCounts
  >;
}

function isEntityType(t: unknown): t is EntityType {
  return (ENTITY_TYPES as readonly unknown[]).includes(t);
}

function isRelationType(t: unknown): t is RelationType {
  return (RELATION_TYPES as readonly unknown[]).includes(t);
}

function documentsByName(docs: readonly DocumentAnnotation[], side: string): Map<string, DocumentAnnotation> {
  const map = new Map<string, DocumentAnnotation>();
  for (const d of docs) {
    if (map.has(d.document)) throw new Error(`${side}: document ${d.document} appears more than once`);
    map.set(d.document, d);
  }
  return map;
}

const EMPTY_DOCUMENT = { entities: [], relations: [] } as const;

/** Scores `predicted` against `gold`; see the header comment for the rules and conventions. */
export function scoreCorpus(predicted: readonly DocumentAnnotation[], gold: readonly DocumentAnnotation[]): EvalReport {
  const goldDocs = documentsByName(gold, 'gold');
  const predDocs = documentsByName(predicted, 'predicted');

  const tallies = Object.fromEntries(ATTRIBUTES.map((a) => [a, { matched: 0, correct: 0 }])) as Record<
    AttributeName,
    AttributeTally
  >;
  let overlapSum = 0;
  let overlapCount = 0;
  const documents: DocumentScore[] = [];

  for (const name of [...goldDocs.keys()].sort()) {
    const g = goldDocs.get(name)!;
    const p = predDocs.get(name);
    const doc: DocumentScore = {
      document: name,
      hasPrediction: p !== undefined,
      counts: emptyCounts(),
      falsePositives: [],
      falseNegatives: [],
      attributeErrors: [],
    };
    const gEntities = (g.entities ?? []).filter((e) => isEntityType(e?.type));
    const pEntities = ((p ?? EMPTY_DOCUMENT).entities ?? []).filter((e) => isEntityType(e?.type));

    const attr = (attribute: AttributeName, item: string, gv: unknown, pv: unknown, correct: boolean): void => {
      tallies[attribute].matched++;
      if (correct) tallies[attribute].correct++;
      else doc.attributeErrors.push({ attribute, item, gold: show(gv), predicted: show(pv) });
    };

    for (const type of ENTITY_TYPES) {
      const gs = gEntities.filter((e) => e.type === type);
      const ps = pEntities.filter((e) => e.type === type);
      const pairs = maximumMatching(gs, ps, entitiesMatch, entityBonus);
      doc.counts[type] = { gold: gs.length, predicted: ps.length, tp: pairs.length };
      const matchedG = new Set(pairs.map((x) => x[0]));
      const matchedP = new Set(pairs.map((x) => x[1]));
      gs.forEach((e, i) => matchedG.has(i) || doc.falseNegatives.push({ type, text: entityText(e) }));
      ps.forEach((e, j) => matchedP.has(j) || doc.falsePositives.push({ type, text: entityText(e) }));

      for (const [i, j] of pairs) {
        const ge = gs[i]!;
        const pe = ps[j]!;
        const item = entityText(ge);
        if (ge.type === 'Indicator' && pe.type === 'Indicator') {
          attr('Indicator.year', item, ge.year ?? null, pe.year ?? null, (ge.year ?? null) === (pe.year ?? null));
          attr('Indicator.kind', item, ge.kind, pe.kind, ge.kind === pe.kind);
          attr('Indicator.measure', item, ge.measure, pe.measure, ge.measure === pe.measure);
          attr('Indicator.label', item, ge.label, pe.label, normalizeName(ge.label) === normalizeName(pe.label));
          attr(
            'Indicator.approximate',
            item,
            Boolean(ge.approximate),
            Boolean(pe.approximate),
            Boolean(ge.approximate) === Boolean(pe.approximate),
          );
          overlapSum += labelOverlap(ge.label, pe.label);
          overlapCount++;
        } else if (ge.type === 'Project' && pe.type === 'Project') {
          const gs2 = ge.status ?? 'UNKNOWN';
          const ps2 = pe.status ?? 'UNKNOWN';
          attr('Project.status', item, gs2, ps2, gs2 === ps2);
        } else if (ge.type === 'District' && pe.type === 'District') {
          attr('District.level', item, ge.level, pe.level, ge.level === pe.level);
        } else if (ge.type === 'Department' && pe.type === 'Department') {
          attr('Department.kind', item, ge.kind, pe.kind, ge.kind === pe.kind);
          attr('Department.level', item, ge.level, pe.level, ge.level === pe.level);
        }
      }
    }

    const gIndex = buildIndex(gEntities);
    const pIndex = buildIndex(pEntities);
    const gRelations = (g.relations ?? []).filter((r) => isRelationType(r?.type)).map((r) => resolveRelation(r, gIndex));
    const pRelations = ((p ?? EMPTY_DOCUMENT).relations ?? [])
      .filter((r) => isRelationType(r?.type))
      .map((r) => resolveRelation(r, pIndex));

    for (const type of RELATION_TYPES) {
      const gs = gRelations.filter((r) => r.relation.type === type);
      const ps = pRelations.filter((r) => r.relation.type === type);
      const pairs = maximumMatching(gs, ps, relationsMatch, relationBonus);
      doc.counts[type] = { gold: gs.length, predicted: ps.length, tp: pairs.length };
      const matchedG = new Set(pairs.map((x) => x[0]));
      const matchedP = new Set(pairs.map((x) => x[1]));
      gs.forEach((r, i) => matchedG.has(i) || doc.falseNegatives.push(missOfRelation(r.relation)));
      ps.forEach((r, j) => matchedP.has(j) || doc.falsePositives.push(missOfRelation(r.relation)));
      if (type === 'RESPONSIBLE_FOR') {
        for (const [i, j] of pairs) {
          const gr = gs[i]!;
          const pr = ps[j]!;
          attr('RESPONSIBLE_FOR.role', relationText(gr.relation), gr.role, pr.role, gr.role === pr.role);
        }
      }
    }
    documents.push(doc);
  }

  const sum = (types: readonly ScoredType[]): TypeScore => {
    let tp = 0;
    let pred = 0;
    let gold = 0;
    for (const d of documents) {
      for (const t of types) {
        tp += d.counts[t].tp;
        pred += d.counts[t].predicted;
        gold += d.counts[t].gold;
      }
    }
    return prf(tp, pred, gold);
  };

  return {
    types: Object.fromEntries(SCORED_TYPES.map((t) => [t, sum([t])])) as Record<ScoredType, TypeScore>,
    totals: { entities: sum(ENTITY_TYPES), relations: sum(RELATION_TYPES) },
    attributes: Object.fromEntries(
      ATTRIBUTES.map((a) => {
        const { matched, correct } = tallies[a];
        return [a, { matched, correct, accuracy: matched === 0 ? 1 : correct / matched }];
      }),
    ) as Record<AttributeName, AttributeScore>,
    labelOverlap: { matched: overlapCount, mean: overlapCount === 0 ? 1 : overlapSum / overlapCount },
    documents,
    unscoredDocuments: [...predDocs.keys()].filter((d) => !goldDocs.has(d)).sort(),
  };
}
