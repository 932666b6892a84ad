/**
 * No N+1: the database round-trips of a request are bounded by the depth of its selection, not by
 * the length of its lists. The same nested query over 10 and over 100 projects makes the same
 * number of driver calls.
 */
import { describe, expect, it } from 'vitest';
import { NestedProjectsDocument } from '../generated/operations.generated.js';
import { cypherValue, useImportedApi } from '../support/corpus.js';

describe('database round-trips', () => {
  const suite = useImportedApi();

  async function calls(first: number) {
    const before = suite.db.calls();
    const result = await suite.api.request(NestedProjectsDocument, { first });
    expect(result.errors).toBeUndefined();
    return { calls: suite.db.calls() - before, result };
  }

  it('a nested query over 100 projects makes no more driver calls than it has database-backed fields', async () => {
    expect(await cypherValue<number>(suite.db, 'MATCH (p:Project) RETURN count(p)')).toBeGreaterThanOrEqual(100);
    const wide = await calls(100);
    expect(wide.result.data?.projects.nodes.length).toBe(100);
    // At most one batch per database-backed field of the selection, whatever the list lengths:
    // projects; their districts (and those places' parents), departments (their districts, the
    // evidence quotes), indicators (subjects, documents), partOf, documents, mentions (documents).
    const BACKED_FIELDS = 13;
    expect(wide.calls).toBeLessThanOrEqual(BACKED_FIELDS);
    // The same bound holds for 10 projects: it depends on the selection, not on the list length.
    // (The exact number may differ by one or two: a level with nothing to load makes no call, and
    // two fields sharing a loader at one level, like indicator and mention documents, are batched
    // together when they resolve in the same tick.)
    const narrow = await calls(10);
    expect(narrow.calls).toBeLessThanOrEqual(BACKED_FIELDS);
    // N+1 would have made hundreds: one per project for each nested field.
    expect(wide.calls).toBeLessThan(100 / 5);
    // the answers are real: some projects have departments, places and mentions
    const nodes = wide.result.data?.projects.nodes ?? [];
    expect(nodes.some((p) => p.departments.length > 0)).toBe(true);
    expect(nodes.some((p) => p.districts.length > 0)).toBe(true);
    expect(nodes.every((p) => p.mentions.nodes.length > 0)).toBe(true);
  });

  it('a root field of a hundred ids is one round-trip', async () => {
    const ids = await cypherValue<string[]>(suite.db, 'MATCH (p:Project) WITH p LIMIT 100 RETURN collect(p.id)');
    const before = suite.db.calls();
    const { data, errors } = await suite.api.raw('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(errors).toBeUndefined();
    expect((data?.nodes as { id: string }[]).map((n) => n.id)).toEqual(ids);
    expect(suite.db.calls() - before).toBe(1);
  });
});
