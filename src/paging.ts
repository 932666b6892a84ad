/**
 * Relay connections: page sizes, opaque cursors, and the connection object built from a page row.
 * A cursor is base64url of the JSON tuple [type and order, sort key, id]: stable (the same item under the
 * same order always gets the same cursor) and checked on the way back in, so a cursor from another
 * orderBy or a hand-made string is BAD_USER_INPUT naming `after`.
 */
import { badInput } from './errors.js';
import type { PageRequestBase, PageRow } from './db/queries.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` as given (default 20); outside 0…100 it is BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(argument, `must be between 0 and ${MAX_PAGE_SIZE} (got ${first})`);
  }
  return first;
}

export interface Order {
  /** The connection's node type (a cursor of one connection is no cursor of another). */
  type: string;
  field: string;
  desc: boolean;
}

const orderTag = (order: Order) => `${order.type}:${order.field}:${order.desc ? 'DESC' : 'ASC'}`;

export function encodeCursor(order: Order, key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([orderTag(order), key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined, order: Order, argument = 'after'): PageRequestBase['after'] {
  if (after === null || after === undefined) return null;
  let tuple: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(after)) throw new Error('not base64url');
    tuple = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw badInput(argument, 'is not a cursor of this API (use an endCursor or edge cursor from a previous page)');
  }
  if (
    !Array.isArray(tuple) ||
    tuple.length !== 3 ||
    typeof tuple[0] !== 'string' ||
    !(typeof tuple[1] === 'string' || (typeof tuple[1] === 'number' && Number.isFinite(tuple[1]))) ||
    typeof tuple[2] !== 'string'
  ) {
    throw badInput(argument, 'is not a cursor of this API (use an endCursor or edge cursor from a previous page)');
  }
  if (tuple[0] !== orderTag(order)) {
    throw badInput(argument, `is a cursor for ${tuple[0]}, not ${orderTag(order)}; page the connection with the orderBy it was made for`);
  }
  return { key: tuple[1] as string | number, id: tuple[2] };
}

export interface Connection<T, E> {
  edges: ({ cursor: string; node: T } & E)[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * An edge whose cursor is encoded when it is read: a nested page of 20 projects with 5 indicators
 * each has 120 edges, and most selections read none of their cursors.
 */
class Edge<T> {
  #cursor: string | undefined;
  constructor(
    readonly node: T,
    private readonly encode: () => string,
  ) {}
  get cursor(): string {
    return (this.#cursor ??= this.encode());
  }
}

/**
 * The connection for one page row: the first `first` items (the query fetched one more, to know
 * whether a next page exists).
 */
export function toConnection<T extends object, X extends object, E extends object = object>(
  row: PageRow<T, X> | undefined,
  first: number,
  order: Order,
  idOf: (item: { key: string | number; node: T } & X) => string,
  edgeOf?: (item: { key: string | number; node: T } & X) => E,
): Connection<T, E> {
  const items = (row?.page ?? []).slice(0, first);
  const edges = items.map((item) => {
    const edge = new Edge(item.node, () => encodeCursor(order, item.key, idOf(item)));
    return (edgeOf ? Object.assign(edge, edgeOf(item)) : edge) as unknown as { cursor: string; node: T } & E;
  });
  const total = row?.total ?? 0;
  const before = row?.before ?? 0;
  return {
    edges,
    nodes: items.map((item) => item.node),
    pageInfo: {
      hasNextPage: (row?.page.length ?? 0) > first || (first === 0 && total - before > 0),
      hasPreviousPage: before > 0,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? null;
      },
    },
    totalCount: total,
  };
}
