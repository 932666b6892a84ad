/** Walks a connection page by page, checking the Relay invariants on the way. */
import { expect } from 'vitest';

export interface PageLike<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
  nodes: T[];
}

/** Every node of a connection, fetched `first` at a time, with totalCount and pageInfo checked. */
export async function pageThrough<T>(fetch: (after: string | null) => Promise<PageLike<T> | undefined>, first: number): Promise<{ nodes: T[]; totalCount: number; pages: number }> {
  const nodes: T[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const page = await fetch(after);
    if (!page) throw new Error('no page');
    pages += 1;
    if (totalCount === -1) totalCount = page.totalCount;
    expect(page.totalCount).toBe(totalCount);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null && nodes.length > 0);
    expect(page.nodes.length).toBeLessThanOrEqual(first);
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    expect(page.nodes.length).toBe(first);
    after = page.pageInfo.endCursor ?? null;
    if (pages > 10_000) throw new Error('paging does not end');
  }
  return { nodes, totalCount, pages };
}
