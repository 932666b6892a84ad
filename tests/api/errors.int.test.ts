/**
 * Errors a client can act on: bad arguments are BAD_USER_INPUT naming the argument, unknown ids
 * are null, an unreachable database is SERVICE_UNAVAILABLE, queries over the limits are rejected
 * (naming the limit) before any database call, and nothing leaks a stack trace outside
 * development mode. Also: the API only reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherDir } from '../../src/db/cypher.js';
import { openDatabase, type Database } from '../../src/db/driver.js';
import { LIMITS } from '../../src/limits.js';
import { createServer } from '../../src/server.js';
import { startApi, type TestApi } from '../support/api.js';
import { cypherValue, importBundledCorpus } from '../support/corpus.js';
import { testDatabase } from '../support/database.js';

type Result = Awaited<ReturnType<TestApi['raw']>>;

function expectBadInput(result: Result, argument: string) {
  const error = result.errors?.[0];
  expect(error?.extensions?.code, JSON.stringify(result)).toBe('BAD_USER_INPUT');
  expect(error?.extensions?.argument).toBe(argument);
  expect(error?.message).toContain(`"${argument}"`);
  expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.[jt]s:\d+/);
}

describe('errors and limits', () => {
  let db: Database;
  let api: TestApi;
  let projectId: string;
  beforeAll(async () => {
    db = testDatabase();
    await importBundledCorpus(db);
    api = await startApi(db);
    projectId = await cypherValue(db, "MATCH (p:Project {name: '海淀食堂'}) RETURN p.id");
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  /** Runs a query and returns its result and the number of database calls it made. */
  async function run(query: string, variables?: Record<string, unknown>) {
    const before = db.calls();
    const result = await api.raw(query, variables);
    return { result, calls: db.calls() - before };
  }

  it('first: 1000 is BAD_USER_INPUT naming first, before any database call', async () => {
    const { result, calls } = await run('{ projects(first: 1000) { totalCount } }');
    expectBadInput(result, 'first');
    expect(calls).toBe(0);
    const nested = await run('query($n: Int) { districts(first: 1) { nodes { projects(first: $n) { totalCount } } } }', { n: 1000 });
    expectBadInput(nested.result, 'first');
    expect(nested.calls).toBe(0);
    expectBadInput((await run('{ projects(first: -1) { totalCount } }')).result, 'first');
    expectBadInput((await run('{ search(query: "海淀", first: 101) { score } }')).result, 'first');
  });

  it('an empty or a 500-character search is BAD_USER_INPUT naming query', async () => {
    for (const query of ['', '   ', '海'.repeat(500)]) {
      const { result, calls } = await run('query($q: String!) { search(query: $q) { score } }', { q: query });
      expectBadInput(result, 'query');
      expect(calls).toBe(0);
    }
    expectBadInput((await run('{ search(query: "海淀", types: [INDICATOR]) { score } }')).result, 'types');
  });

  it('a malformed cursor, or one from another order, is BAD_USER_INPUT naming after', async () => {
    for (const after of ['not-a-cursor!', 'bm90IGpzb24', Buffer.from('[1,2]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      expectBadInput((await run('query($after: String) { projects(after: $after) { totalCount } }', { after })).result, 'after');
    }
    const page = await api.raw('{ projects(first: 1) { pageInfo { endCursor } } }');
    const cursor = (page.data as { projects: { pageInfo: { endCursor: string } } }).projects.pageInfo.endCursor;
    expectBadInput((await run('query($after: String) { projects(after: $after, orderBy: {field: NAME, direction: DESC}) { totalCount } }', { after: cursor })).result, 'after');
    expectBadInput((await run('query($after: String) { departments(after: $after) { totalCount } }', { after: cursor })).result, 'after');
  });

  it('a from or to that is not an id is BAD_USER_INPUT; maxHops above 10 too', async () => {
    const { result, calls } = await run(`{ shortestPath(from: "北京市发展和改革委员会", to: "${projectId}") { length } }`);
    expectBadInput(result, 'from');
    expect(calls).toBe(0);
    expectBadInput((await run(`{ shortestPath(from: "${projectId}", to: "prj_short") { length } }`)).result, 'to');
    expectBadInput((await run(`{ shortestPath(from: "${projectId}", to: "${projectId}", maxHops: 11) { length } }`)).result, 'maxHops');
    expectBadInput((await run('{ node(id: "42") { id } }')).result, 'id');
  });

  it('an id of the wrong type in a filter is BAD_USER_INPUT naming the filter', async () => {
    expectBadInput((await run(`{ projects(where: {district: "${projectId}"}) { totalCount } }`)).result, 'where.district');
    expectBadInput((await run('{ indicators(where: {year: {min: 2026, max: 2020}}) { totalCount } }')).result, 'where.year');
    expectBadInput((await run(`{ project(id: "${projectId}", name: "海淀食堂") { id } }`)).result, 'name');
  });

  it('a well-formed id that is not in the graph is null, not an error', async () => {
    for (const query of [
      '{ node(id: "prj_AAAAAAAAAAAAAAAA") { id } }',
      '{ project(id: "prj_AAAAAAAAAAAAAAAA") { id } }',
      '{ document(id: "doc_AAAAAAAAAAAAAAAA") { id } }',
      '{ indicator(id: "ind_AAAAAAAAAAAAAAAA") { id } }',
    ]) {
      const { result } = await run(query);
      expect(result.errors, query).toBeUndefined();
      expect(Object.values(result.data ?? {})).toEqual([null]);
    }
  });

  it('depth, alias, cost and token limits reject before any database call, naming the limit', async () => {
    let deep = 'name';
    for (let i = 0; i < LIMITS.maxDepth + 2; i++) deep = `parent { ${deep} }`;
    const cases: [string, string, RegExp, Record<string, unknown>?][] = [
      [`{ district(name: "海淀区") { ${deep} } }`, 'depth', /depth limit of 12/i],
      [`{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { districts }`).join(' ')} }`, 'aliases', /aliases limit of 15/i],
      ['{ projects(first: 100) { nodes { indicators(first: 100) { nodes { label } } mentions(first: 100) { nodes { quote } } } } }', 'cost', /cost limit of 25000/i],
      ['query($n: Int) { projects(first: $n) { nodes { indicators(first: $n) { nodes { label } } mentions(first: $n) { nodes { quote } } } } }', 'cost', /cost limit/i, { n: 100 }],
      [`{ stats { ${'districts '.repeat(LIMITS.maxTokens)} } }`, 'tokens', /token limit of 2000/i],
    ];
    for (const [query, limit, message, variables] of cases) {
      const { result, calls } = await run(query, variables);
      expect(result.errors?.[0]?.message, limit).toMatch(message);
      expect(result.errors?.[0]?.extensions?.limit).toBe(limit);
      expect(result.data ?? null).toBeNull();
      expect(calls, limit).toBe(0);
    }
  });

  it('every read passes the request timeout to the database', async () => {
    const seen: (number | undefined)[] = [];
    const spy: Database = { ...db, read: (name, params, timeoutMs) => (seen.push(timeoutMs), db.read(name, params, timeoutMs)) };
    const server = await createServer({ host: '127.0.0.1', port: 0, development: false, queryTimeoutMs: 1234 }, spy, pino({ level: 'silent' }));
    const url = await server.listen();
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ projects(first: 2) { nodes { departments { role } districts { name } } } search(query: "海淀") { score } }' }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    } finally {
      await server.stop();
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((t) => t === 1234)).toBe(true);
  });

  it('the database unreachable is SERVICE_UNAVAILABLE, without internals', async () => {
    const away = openDatabase({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'irrelevant', database: undefined, external: true });
    const down = await startApi(away);
    try {
      const result = await down.raw('{ projects { totalCount } search(query: "海淀") { score } }');
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.errors?.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')).toBe(true);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|ECONNREFUSED|bolt:|at .*\.[jt]s:\d+/);
    } finally {
      await down.close();
      await away.close();
    }
  });

  it('an unexpected failure is INTERNAL_SERVER_ERROR without a stack trace; development mode shows it', async () => {
    const broken: Database = { ...db, read: async () => { throw new Error('kaboom in /secret/path.ts:12'); } };
    const prod = await startApi(broken);
    const dev = await startApi(broken, { development: true });
    try {
      const result = await prod.raw('{ projects { totalCount } }');
      expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.errors?.[0]?.message).toBe('Internal server error');
      expect(JSON.stringify(result)).not.toMatch(/kaboom|stacktrace|secret/);
      const devResult = await dev.raw('{ projects { totalCount } }');
      expect(JSON.stringify(devResult)).toMatch(/kaboom/);
      expect(devResult.errors?.[0]?.extensions?.stacktrace).toBeDefined();
    } finally {
      await prod.close();
      await dev.close();
    }
  });

  it('reads only: no mutations, and no read query writes', async () => {
    const { data } = await api.raw('{ __schema { mutationType { name } subscriptionType { name } } }');
    expect(data).toEqual({ __schema: { mutationType: null, subscriptionType: null } });
    const readDir = path.join(cypherDir, 'read');
    for (const file of fs.readdirSync(readDir).filter((f) => f.endsWith('.cypher'))) {
      const text = fs.readFileSync(path.join(readDir, file), 'utf8').replace(/\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE|DETACH|DROP|LOAD CSV|FOREACH)\b/i);
    }
  });
});
