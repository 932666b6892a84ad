/**
 * POST /graphql goes to Apollo without Express (src/http/graphqlPost.ts); everything else still
 * goes through Express. Both answer the same, and a body that never reaches GraphQL gets its HTTP
 * status and a JSON error saying what was wrong, while the server goes on answering.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { startApi, type TestApi } from '../support/api.js';
import { testDatabase } from '../support/database.js';

const QUERY = '{ stats { districts projects } }';

describe('POST /graphql', () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = testDatabase();
    api = await startApi(db);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, path = '/graphql') => fetch(`${api.url}${path}`, { method: 'POST', headers, body });

  it('answers as a GraphQL GET through Express answers, with or without a query string', async () => {
    const viaPost = await post(JSON.stringify({ query: QUERY }));
    expect(viaPost.status).toBe(200);
    expect(viaPost.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    const posted = (await viaPost.json()) as { data?: { stats: { districts: number } } };
    expect(posted.data?.stats.districts).toBeGreaterThan(0);
    const withSearch = await post(JSON.stringify({ query: QUERY }), undefined, '/graphql?from=test');
    expect(await withSearch.json()).toEqual(posted);
    const viaGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json' } });
    expect(viaGet.status).toBe(200);
    expect(await viaGet.json()).toEqual(posted);
  });

  it('a body that is not JSON is 400 with a JSON error saying so; the next request is answered', async () => {
    const res = await post('{"query": "{ stats { districts } }"');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/JSON/);
    expect((await post(JSON.stringify({ query: QUERY }))).status).toBe(200);
  });

  it('a body over 100 kB is 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ query: QUERY, variables: { padding: 'x'.repeat(120_000) } }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a body in an unsupported charset is 415, and a plain-text post is refused by Apollo as a possible forgery', async () => {
    const charset = await post(JSON.stringify({ query: QUERY }), { 'content-type': 'application/json; charset=latin1' });
    expect(charset.status).toBe(415);
    expect(((await charset.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/charset/i);
    const plain = await post(JSON.stringify({ query: QUERY }), { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/Cross-Site Request Forgery/);
  });
});
