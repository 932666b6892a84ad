/**
 * Extraction in worker threads gives what extraction in the main thread gives, in file order, and
 * a bad file is a failure in its place, not a crash.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, listCorpus } from '../../import/read.js';
import { extractFiles, type ExtractionJob, type ExtractionResult } from '../../import/workers.js';
import { tempDir } from '../support/tempDir.js';

const corpus = path.resolve('import/corpus');

async function all<J extends ExtractionJob>(files: string[], job: J, workers: number, ahead?: number): Promise<ExtractionResult<J>[]> {
  const out: ExtractionResult<J>[] = [];
  for await (const r of extractFiles(files, { job, workers, maxBytes: DEFAULT_MAX_BYTES, ahead })) out.push(r);
  return out;
}

describe('extraction in worker threads', () => {
  it('returns the same annotations in the same order as the main thread', async () => {
    const files = listCorpus(corpus);
    const inline = await all(files, 'annotate', 0);
    const threaded = await all(files, 'annotate', 2, 2);
    expect(threaded.map((r) => r.file)).toEqual(files);
    expect(threaded).toEqual(inline);
  }, 60_000);

  it('prepares documents for loading (plain data that crossed the thread boundary)', async () => {
    const [result] = await all(listCorpus(corpus).slice(0, 1), 'prepare', 1);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.value.key).toBe('000_925b2dea4116c0a2');
    expect(result.value.statements.map((s) => s.name)).toContain('load/mergeDocument');
    expect(result.value.counts.entities.Project).toBeGreaterThan(0);
  }, 60_000);

  it('keeps extracting while the caller is busy with a result (as an import is, loading a batch)', async () => {
    const files = listCorpus(corpus);
    const finished: string[] = [];
    const results = extractFiles(files, { job: 'annotate', workers: 2, maxBytes: DEFAULT_MAX_BYTES, ahead: files.length, onFinished: (f) => finished.push(f) });
    try {
      const first = await results.next();
      expect(first.value?.file).toBe(files[0]);
      // The caller does not ask for the next result: every other file is still extracted.
      await expect.poll(() => [...finished].sort(), { timeout: 30_000, interval: 50 }).toEqual([...files].sort());
      const rest: string[] = [];
      for await (const r of { [Symbol.asyncIterator]: () => results }) rest.push(r.file);
      expect(rest).toEqual(files.slice(1));
    } finally {
      await results.return(undefined);
    }
  }, 60_000);

  it('reports a bad file in its place and goes on', async () => {
    const dir = tempDir('pg-workers-');
    const good = path.join(corpus, '000_925b2dea4116c0a2.txt');
    fs.copyFileSync(good, path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    fs.copyFileSync(good, path.join(dir, 'c.txt'));
    const results = await all(listCorpus(dir), 'annotate', 2);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]?.ok === false && results[1].failure.reason).toMatch(/empty file/);
  }, 60_000);
});
