/**
 * Look-ahead: what a connection's items will be asked for, read from the resolver's selection set
 * (fragments and variables resolved by graphql-parse-resolve-info). A page query uses it to
 * return the nested data of its items in the same round trip (see prefetch.ts); anything it does
 * not recognise is left to the nested resolvers, so a guess can cost a round trip, never an answer.
 */
import type { FieldNode, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

export interface ItemSelection {
  /** The fields selected on the connection's items (nodes and edges.node), by field name. */
  fields: Map<string, ResolveTree[]>;
}

/**
 * Parsed selections, kept across requests. A parse depends only on the field's nodes, its parent
 * type and the variables, and Apollo hands every repeat of an operation the same parsed document
 * (its document cache), hence the same field nodes. So a tree is kept under its first field node
 * (it goes when the document does), for at most TREES_PER_FIELD sets of variables; a dashboard
 * repeating its queries then parses each selection once, not on every request. Callers only read
 * the trees.
 */
const trees = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; parent: GraphQLObjectType; variables: string; tree: ResolveTree | null }[]>();
const TREES_PER_FIELD = 16;
// One request's variables as a key, made once per request.
const variableKeys = new WeakMap<object, string>();

function variablesKey(values: Record<string, unknown>): string {
  let key = variableKeys.get(values);
  if (key === undefined) {
    key = JSON.stringify(values);
    variableKeys.set(values, key);
  }
  return key;
}

const sameNodes = (a: readonly FieldNode[], b: readonly FieldNode[]) => a.length === b.length && a.every((n, i) => n === b[i]);

function parse(info: GraphQLResolveInfo): ResolveTree | null {
  try {
    return (parseResolveInfo(info) as ResolveTree | null) ?? null;
  } catch {
    return null;
  }
}

/** The resolver's own field, parsed; null when there is no info or it cannot be read. */
export function resolveTree(info: GraphQLResolveInfo | undefined): ResolveTree | null {
  if (!info) return null;
  const first = info.fieldNodes[0];
  if (!first) return parse(info);
  const variables = variablesKey(info.variableValues);
  let kept = trees.get(first);
  const hit = kept?.find((k) => k.parent === info.parentType && k.variables === variables && sameNodes(k.nodes, info.fieldNodes));
  if (hit) return hit.tree;
  const tree = parse(info);
  if (!kept) trees.set(first, (kept = []));
  kept.push({ nodes: [...info.fieldNodes], parent: info.parentType, variables, tree });
  if (kept.length > TREES_PER_FIELD) kept.shift();
  return tree;
}

function fieldsOf(tree: ResolveTree | null | undefined, typeName: string): ResolveTree[] {
  return tree ? Object.values(tree.fieldsByTypeName[typeName] ?? {}) : [];
}

/** Selections grouped by field name (one field may be selected under several aliases). */
function byName(trees: ResolveTree[]): Map<string, ResolveTree[]> {
  const fields = new Map<string, ResolveTree[]>();
  for (const f of trees) fields.set(f.name, [...(fields.get(f.name) ?? []), f]);
  return fields;
}

/** The selection under a connection field of type `connectionType` whose items are `itemType`. */
export function itemSelection(info: GraphQLResolveInfo | undefined, connectionType: string, itemType: string, edgeType: string): ItemSelection | null {
  return itemSelectionOf(resolveTree(info), connectionType, itemType, edgeType);
}

/** itemSelection of a connection field's parsed selection (one found by looking further ahead). */
export function itemSelectionOf(tree: ResolveTree | null, connectionType: string, itemType: string, edgeType: string): ItemSelection | null {
  if (!tree) return null;
  const top = fieldsOf(tree, connectionType);
  const items = [
    ...top.filter((f) => f.name === 'nodes').flatMap((n) => fieldsOf(n, itemType)),
    ...top.filter((f) => f.name === 'edges').flatMap((e) => fieldsOf(e, edgeType).filter((f) => f.name === 'node').flatMap((n) => fieldsOf(n, itemType))),
  ];
  return { fields: byName(items) };
}

/**
 * The selections of a connection's items (nodes and edges.node) as parsed, each with every type it
 * selects on: for deciding whether a stub answers them (fields on another type, such as an
 * interface's fragment, mean it does not).
 */
export function itemTreesOf(tree: ResolveTree | null | undefined, connectionType: string, edgeType: string): ResolveTree[] {
  if (!tree) return [];
  const top = fieldsOf(tree, connectionType);
  return [...top.filter((f) => f.name === 'nodes'), ...top.filter((f) => f.name === 'edges').flatMap((e) => fieldsOf(e, edgeType).filter((f) => f.name === 'node'))];
}

/** The arguments every selection of a field shares, or null when they differ (aliases with other arguments). */
export function sharedArgs(trees: ResolveTree[] | undefined): Record<string, unknown> | null {
  if (!trees?.length) return null;
  const first = JSON.stringify(trees[0]?.args ?? {});
  return trees.every((t) => JSON.stringify(t.args ?? {}) === first) ? (trees[0]?.args as Record<string, unknown>) : null;
}

/** True when a connection selection asks for its total only (no items, no page info). */
export function onlyTotalCount(trees: ResolveTree[] | undefined, connectionType: string): boolean {
  if (!trees?.length) return false;
  return trees.every((t) => fieldsOf(t, connectionType).every((f) => f.name === 'totalCount' || f.name === '__typename'));
}

/** True when the resolver's own field asks for the connection's total only. */
export function asksOnlyTotalCount(info: GraphQLResolveInfo | undefined, connectionType: string): boolean {
  const tree = resolveTree(info);
  return tree ? onlyTotalCount([tree], connectionType) : false;
}

/** PageInfo fields a page answers without counting its rows (hasNextPage comes from one row more). */
const UNCOUNTED_PAGE_INFO = new Set(['__typename', 'hasNextPage', 'startCursor', 'endCursor']);

/**
 * True when the resolver's own connection field needs its rows counted: it asks for totalCount or
 * pageInfo.hasPreviousPage, or its selection cannot be read.
 */
export function asksForCount(info: GraphQLResolveInfo | undefined, connectionType: string): boolean {
  return treeAsksForCount(resolveTree(info), connectionType);
}

/** asksForCount of a connection field's parsed selection. */
export function treeAsksForCount(tree: ResolveTree | null, connectionType: string): boolean {
  if (!tree) return true;
  return fieldsOf(tree, connectionType).some(
    (f) => f.name === 'totalCount' || (f.name === 'pageInfo' && Object.values(f.fieldsByTypeName).some((fields) => Object.values(fields).some((p) => !UNCOUNTED_PAGE_INFO.has(p.name)))),
  );
}

/** The fields selected on the object the resolver returns (of type `typeName`), by field name. */
export function fieldSelection(info: GraphQLResolveInfo | undefined, typeName: string): Map<string, ResolveTree[]> {
  return byName(fieldsOf(resolveTree(info), typeName));
}
