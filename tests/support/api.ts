/** Runs the API in-process on a free port and sends it typed GraphQL documents. */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { pino } from 'pino';
import type { Database } from '../../src/db/driver.js';
import { createServer, type PolicyGraphServer } from '../../src/server.js';

export interface TestApi {
  url: string;
  server: PolicyGraphServer;
  request<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<ExecutionResult<R>>;
  raw(query: string, variables?: Record<string, unknown>): Promise<ExecutionResult<Record<string, unknown>>>;
  close(): Promise<void>;
}

/** Development mode (stack traces in errors) when asked, or for every test with PG_TEST_API_DEVELOPMENT=1 (debugging). */
export async function startApi(db: Database, options: { development?: boolean } = {}): Promise<TestApi> {
  const server = await createServer(
    { host: '127.0.0.1', port: 0, development: options.development ?? process.env.PG_TEST_API_DEVELOPMENT === '1', queryTimeoutMs: 10_000 },
    db,
    pino({ level: 'silent' }),
  );
  const url = await server.listen();
  const raw = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as ExecutionResult<Record<string, unknown>>;
  };
  return {
    url,
    server,
    raw,
    request: async (document, variables) => (await raw(print(document), variables as Record<string, unknown>)) as never,
    close: () => server.stop(),
  };
}
