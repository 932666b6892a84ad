/**
 * The floor's statements: what this API sends to the database for each benchmark query. The API
 * answers each query once, in this process, through a database that records every read (its
 * cypher/ file, parameters and timeout, exactly as `db.read` got them) and the rows it returned.
 * Reads that ran side by side (a DataLoader batch, concurrent resolvers) form one wave; a wave
 * starts once a read of the one before has answered. The floor replays the waves through the same
 * `db.read`, with no GraphQL: the same Cypher, run directly through neo4j-driver.
 */
import pino from 'pino';
import { serverConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import type { Database } from '../../src/db/driver.js';
import { createServer } from '../../src/server.js';
import type { BenchQuery } from './queries.js';

export interface CapturedRead {
  name: string;
  params: Record<string, unknown>;
  timeoutMs?: number;
}

export interface CapturedQuery {
  /** The API's reads in the order it made them, grouped into waves that ran concurrently. */
  waves: CapturedRead[][];
  /** The rows of every read, wave by wave, as JSON (what a replay must read again). */
  rows: string;
}

interface Timed {
  read: CapturedRead;
  rows: unknown[] | null;
  start: number;
  end: number;
}

/** Reads grouped by overlap: a read joins the current wave when it started before any read of that wave had answered. */
export function groupWaves<T extends { start: number; end: number }>(reads: T[]): T[][] {
  const waves: T[][] = [];
  for (const r of [...reads].sort((a, b) => a.start - b.start)) {
    const last = waves.at(-1);
    if (last && r.start < Math.min(...last.map((x) => x.end))) last.push(r);
    else waves.push([r]);
  }
  return waves;
}

/** Runs the waves as the API ran them: the reads of a wave concurrently, the waves one after another. Returns each read's rows. */
export async function replay(db: Database, waves: CapturedRead[][]): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (const wave of waves) {
    const results = await Promise.all(wave.map((r) => db.read(r.name, r.params, r.timeoutMs)));
    for (const result of results) rows.push(result.records.map((rec) => rec.toObject()));
  }
  return rows;
}

/** Asks this API each query once and records the reads it made (see the module comment). */
export async function captureReads(db: Database, queries: BenchQuery[]): Promise<Record<string, CapturedQuery>> {
  let current: Timed[] = [];
  const recorder: Database = {
    ...db,
    async read(name, params = {}, timeoutMs) {
      const entry: Timed = { read: { name, params: structuredClone(params), timeoutMs }, rows: null, start: performance.now(), end: Infinity };
      current.push(entry);
      try {
        const result = await db.read(name, params, timeoutMs);
        entry.rows = result.records.map((rec) => rec.toObject());
        return result as never;
      } finally {
        entry.end = performance.now();
      }
    },
  };
  const config = serverConfig({});
  const log = pino({ level: 'silent' });
  const server = await createServer(config, recorder, log);
  try {
    const captured: Record<string, CapturedQuery> = {};
    for (const q of queries) {
      current = [];
      const response = await server.apollo.executeOperation({ query: q.ours.query, variables: q.ours.variables ?? {} }, { contextValue: createContext(recorder, log, config.queryTimeoutMs) });
      const body = response.body.kind === 'single' ? response.body.singleResult : null;
      if (!body || body.errors?.length) throw new Error(`capturing ${q.name}: the API answered with an error: ${JSON.stringify(body?.errors ?? response.body).slice(0, 300)}`);
      if (current.length === 0) throw new Error(`capturing ${q.name}: the API read nothing from the database`);
      const waves = groupWaves(current);
      captured[q.name] = { waves: waves.map((w) => w.map((t) => t.read)), rows: JSON.stringify(waves.flat().map((t) => t.rows)) };
    }
    return captured;
  } finally {
    await server.stop();
  }
}
