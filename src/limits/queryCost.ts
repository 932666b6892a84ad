/**
 * The estimated cost of an operation: how many objects it can return at most. Every object field
 * costs 1 per object it may be resolved on; a field with a `first` argument multiplies what is
 * below it by `first` (20 when not given — variables included, unlike a purely static rule), other
 * lists by an estimate. Scalars are free. The page-size check runs here too, so a `first` outside
 * 0…100 anywhere in the operation is rejected before any resolver runs.
 */
import {
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { badInput } from '../errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../paging.js';

// Types are told apart by shape rather than with graphql's isListType/isCompositeType: those use
// instanceof, which fails when the schema was built by another copy of graphql (ESM and CJS
// builds side by side, as under vitest).

/** Items assumed for a list without a `first` argument (a project's departments, a path's steps…). */
export const UNPAGED_LIST_ESTIMATE = 10;

function returnsList(type: GraphQLOutputType): boolean {
  return String(type).startsWith('[');
}

function namedType(type: GraphQLOutputType): GraphQLNamedType {
  let t: unknown = type;
  while (t && typeof t === 'object' && 'ofType' in t && t.ofType) t = t.ofType;
  return t as GraphQLNamedType;
}

/** An object, interface or union type (the only composite output types). */
interface Composite {
  name: string;
  getFields?: () => Record<string, GraphQLField<unknown, unknown>>;
}
const isComposite = (type: unknown): type is Composite => Boolean(type && typeof type === 'object' && ('getFields' in type || 'getTypes' in type));

/** An argument's value: a literal, or a variable (its value, else its default). */
function argumentValue(node: ValueNode, variables: Record<string, unknown>, defaults: Record<string, ValueNode | undefined>): unknown {
  switch (node.kind) {
    case Kind.INT:
      return Number.parseInt(node.value, 10);
    case Kind.FLOAT:
      return Number.parseFloat(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => argumentValue(v, variables, defaults));
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (name in variables) return variables[name];
      const fallback = defaults[name];
      return fallback ? argumentValue(fallback, variables, defaults) : undefined;
    }
    default:
      return undefined;
  }
}

export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;
  const defaults = Object.fromEntries((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d.defaultValue]));

  const factor = (field: GraphQLField<unknown, unknown>, parent: Composite, args: readonly { name: { value: string }; value: ValueNode }[]): number => {
    const firstDef = field.args.find((a) => a.name === 'first');
    if (firstDef) {
      const node = args.find((a) => a.name.value === 'first');
      const value = node ? argumentValue(node.value, variables, defaults) : undefined;
      if (value === null || value === undefined) return DEFAULT_PAGE_SIZE;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) throw badInput('first', `must be between 0 and ${MAX_PAGE_SIZE} (got ${String(value)})`);
      return value;
    }
    if (!returnsList(field.type)) return 1;
    // The edges and nodes of a connection are already counted by the connection's `first`.
    if (parent.name.endsWith('Connection')) return 1;
    const idsNode = args.find((a) => a.name.value === 'ids');
    if (idsNode) {
      const ids = argumentValue(idsNode.value, variables, defaults);
      if (Array.isArray(ids)) return ids.length;
    }
    return UNPAGED_LIST_ESTIMATE;
  };

  const visiting = new Set<string>();
  const cost = (selectionSet: SelectionSetNode, parent: Composite, multiplier: number): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__') || !parent.getFields) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field || !selection.selectionSet) continue;
        const type = namedType(field.type);
        if (!isComposite(type)) continue;
        const m = multiplier * factor(field, parent, selection.arguments ?? []);
        total += m + cost(selection.selectionSet, type, m);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isComposite(type)) total += cost(selection.selectionSet, type, multiplier);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        if (!isComposite(type)) continue;
        visiting.add(name);
        total += cost(fragment.selectionSet, type, multiplier);
        visiting.delete(name);
      }
    }
    return total;
  };
  return cost(operation.selectionSet, root as Composite, 1);
}
