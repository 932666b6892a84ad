import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../../src/paging.js';

const byName = { type: 'Project', field: 'NAME', desc: false };

describe('paging', () => {
  it('page sizes: default 20, 0 to 100, anything else BAD_USER_INPUT naming the argument', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(null)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    for (const bad of [101, 1000, -1, 2.5]) {
      const err = (() => {
        try {
          pageSize(bad);
        } catch (e) {
          return e as GraphQLError;
        }
      })();
      expect(err?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it('a cursor round-trips and is opaque base64url', () => {
    const cursor = encodeCursor(byName, '海淀食堂', 'prj_djtRNkBZZe6juDTg');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, byName)).toEqual({ key: '海淀食堂', id: 'prj_djtRNkBZZe6juDTg' });
    expect(encodeCursor(byName, '海淀食堂', 'prj_djtRNkBZZe6juDTg')).toBe(cursor); // stable
    const numeric = encodeCursor({ type: 'Indicator', field: 'VALUE', desc: true }, 1.5e308, 'ind_x');
    expect(decodeCursor(numeric, { type: 'Indicator', field: 'VALUE', desc: true })).toEqual({ key: 1.5e308, id: 'ind_x' });
  });

  it('malformed cursors and cursors of another order are rejected naming after', () => {
    const other = encodeCursor({ type: 'Project', field: 'NAME', desc: true }, 'a', 'b');
    const otherType = encodeCursor({ type: 'Department', field: 'NAME', desc: false }, 'a', 'b');
    for (const bad of ['!!', 'e30', Buffer.from('[1,2,3]').toString('base64url'), Buffer.from('["Project:NAME:ASC",{},"x"]').toString('base64url'), other, otherType]) {
      expect(() => decodeCursor(bad, byName), bad).toThrowError(/Argument "after"/);
    }
    expect(decodeCursor(null, byName)).toBeNull();
  });

  it('a connection from a page row: one extra row means a next page', () => {
    const page = ['a', 'b', 'c'].map((id) => ({ key: id, node: { id } }));
    const c = toConnection({ i: 0, total: 10, before: 2, page }, 2, byName, (x) => x.node.id);
    expect(c.nodes).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(c.pageInfo.endCursor).toBe(c.edges[1]?.cursor);
    expect(c.totalCount).toBe(10);
    const last = toConnection({ i: 0, total: 3, before: 0, page }, 5, byName, (x) => x.node.id);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const empty = toConnection(undefined, 5, byName, (x: { node: { id: string } }) => x.node.id);
    expect(empty).toMatchObject({ nodes: [], totalCount: 0, pageInfo: { startCursor: null, endCursor: null } });
  });

  it("an edge's cursor, encoded when read, is the item's cursor; an edge's own fields sit beside it", () => {
    const page = ['a', 'b'].map((id) => ({ key: `k-${id}`, node: { id }, role: id.toUpperCase() }));
    const c = toConnection({ i: 0, total: 2, before: 0, page }, 2, byName, (x) => x.node.id, (x) => ({ role: x.role }));
    expect(c.edges.map((e) => [e.cursor, e.node, e.role])).toEqual([
      [encodeCursor(byName, 'k-a', 'a'), { id: 'a' }, 'A'],
      [encodeCursor(byName, 'k-b', 'b'), { id: 'b' }, 'B'],
    ]);
    expect(decodeCursor(c.pageInfo.endCursor, byName)).toEqual({ key: 'k-b', id: 'b' });
    expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor);
  });
});
