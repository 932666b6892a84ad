/**
 * The database going away and coming back: the server keeps running, says what is wrong, and
 * answers again without a restart. Uses a Neo4j of its own so it can stop it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/driver.js';
import { runnerOptionsFromEnv, start, stop, type RunnerOptions } from '../../neo4j-runner/runner.js';
import { StatsDocument } from '../generated/operations.generated.js';
import { startApi, type TestApi } from '../support/api.js';

describe.skipIf(inject('neo4j').external)('database outage', () => {
  let options: RunnerOptions;
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    options = runnerOptionsFromEnv({
      home: fs.mkdtempSync(path.join(os.tmpdir(), 'pg-outage-')),
      port: Number(process.env.PG_TEST_OUTAGE_PORT ?? 7698),
      heap: '512m',
      pagecache: '128m',
    });
    const { uri } = await start(options, () => {});
    db = openDatabase({ uri, user: 'neo4j', password: options.password, database: undefined, external: false });
    api = await startApi(db);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
    await stop(options, () => {});
    fs.rmSync(options.home, { recursive: true, force: true });
  });

  it('reports the database down, answers SERVICE_UNAVAILABLE, and recovers without a restart', async () => {
    const healthy = await fetch(`${api.url}/healthz`);
    expect(healthy.status).toBe(200);
    expect(((await healthy.json()) as { database: { status: string } }).database.status).toBe('up');
    expect((await api.request(StatsDocument)).data?.stats.documents).toBe(0);

    await stop(options, () => {});

    const down = await fetch(`${api.url}/healthz`);
    expect(down.status).toBe(503);
    expect(((await down.json()) as { database: { status: string } }).database.status).toBe('down');
    const failed = await api.request(StatsDocument);
    expect(failed.data).toBeNull();
    expect(failed.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(failed.errors?.[0]?.message).toMatch(/database is unavailable/);
    expect(JSON.stringify(failed)).not.toMatch(/at .*\.js:\d+/); // no stack trace

    await start(options, () => {});

    const back = await api.request(StatsDocument);
    expect(back.errors).toBeUndefined();
    expect(back.data?.stats.documents).toBe(0);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  });
});
