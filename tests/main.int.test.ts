/**
 * `npm run serve` as a process: each request's log line counts that request's own database round
 * trips, also when requests run side by side; SIGINT stops it at once, cleanly (exit 0).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/db/driver.js';
import { cypherValue, importBundledCorpus } from './support/corpus.js';
import { testDatabase } from './support/database.js';

// The district, then one page of its projects with their departments: two round trips each.
const WALK = `query($d: ID!) { node(id: $d) { ... on District { name parent { name } projects(first: 20) { nodes { name departments { role department { name } } } } } } }`;

interface LogLine {
  msg: string;
  url?: string;
  dbCalls?: number;
}

describe('the API server process', () => {
  let db: Database;
  let child: ChildProcess;
  const lines: LogLine[] = [];
  let url: string;

  beforeAll(async () => {
    db = testDatabase();
    await importBundledCorpus(db);
    const { uri, user, password } = inject('neo4j');
    // NODE_ENV as a user runs it: Apollo installs its own signal handlers unless it is 'test'.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)));
      createInterface({ input: child.stdout! }).on('line', (text) => {
        // Log lines are JSON; anything else on stdout is not what these tests read.
        if (!text.startsWith('{')) return;
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        if (line.url) resolve(line.url);
      });
    });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await db?.close();
  });

  it('logs each request with its own round trips while 12 run at once', async () => {
    const district = await cypherValue<string>(db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const ask = async () => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: WALK, variables: { d: district } }) });
      const body = (await res.json()) as { data?: { node?: { projects: { nodes: unknown[] } } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.node?.projects.nodes.length).toBeGreaterThan(0);
    };
    await Promise.all(Array.from({ length: 12 }, ask));
    await new Promise((r) => setTimeout(r, 200));
    const logged = lines.filter((l) => l.msg === 'graphql');
    expect(logged).toHaveLength(12);
    expect(logged.map((l) => l.dbCalls)).toEqual(Array(12).fill(2));
  });

  it('stops on SIGINT without waiting for the forced exit (15 s), and exits 0', async () => {
    const started = Date.now();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(lines.map((l) => l.msg)).toContain('stopped');
  });
});
