/**
 * The graph of the bundled corpus, for API tests: reset the test database, load the reference
 * data, then every document of import/corpus — what `npm run import` does on a fresh database.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { awaitSearchIndex, loadDocument, loadReference } from '../../import/load.js';
import { processCorpus } from '../../import/pipeline.js';
import type { Database } from '../../src/db/driver.js';
import { afterAll, beforeAll } from 'vitest';
import { startApi, type TestApi } from './api.js';
import { resetGraph, testDatabase } from './database.js';

export const bundledCorpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../import/corpus');

export async function importBundledCorpus(db: Database): Promise<{ documents: number }> {
  await resetGraph(db);
  await loadReference(db);
  const { documents, failures } = processCorpus(bundledCorpusDir);
  if (failures.length > 0) throw new Error(`bundled corpus failed to process: ${failures.map((f) => `${f.file}: ${f.reason}`).join('; ')}`);
  for (const doc of documents) await loadDocument(db, doc);
  await awaitSearchIndex(db);
  return { documents: documents.length };
}

/** One value of a Cypher query against the test database (for comparing with API answers). */
export async function cypherValue<T>(db: Database, query: string, params: Record<string, unknown> = {}): Promise<T> {
  const result = await db.driver.executeQuery(query, params);
  return result.records[0]?.get(0) as T;
}

/**
 * For a suite of API tests: the bundled corpus imported into the test database before the suite
 * and the API running on it; both closed after. Read `suite.db` and `suite.api` inside tests.
 */
export function useImportedApi(): { readonly db: Database; readonly api: TestApi } {
  const state: { db?: Database; api?: TestApi } = {};
  beforeAll(async () => {
    state.db = testDatabase();
    await importBundledCorpus(state.db);
    state.api = await startApi(state.db);
  });
  afterAll(async () => {
    await state.api?.close();
    await state.db?.close();
  });
  return {
    get db() {
      if (!state.db) throw new Error('the test database is not open yet (use suite.db inside a test)');
      return state.db;
    },
    get api() {
      if (!state.api) throw new Error('the API is not started yet (use suite.api inside a test)');
      return state.api;
    },
  };
}
