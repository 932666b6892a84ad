/**
 * The synthetic corpus is deterministic for a seed, covers the districts, scripts and genres, and
 * stays within the documents' realistic size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, Random } from '../../../bench/corpus/generate.js';
import { tempDir } from '../../support/tempDir.js';

function read(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

describe('generateCorpus', () => {
  const tmp = () => tempDir('pg-gen-');

  it('writes the same files for the same seed, other files for another', () => {
    const [a, b, c] = [tmp(), tmp(), tmp()];
    generateCorpus({ size: 40, seed: 7, out: a });
    generateCorpus({ size: 40, seed: 7, out: b });
    generateCorpus({ size: 40, seed: 8, out: c });
    expect(read(a)).toEqual(read(b));
    expect(Object.keys(read(a))).not.toEqual(Object.keys(read(c)));
  });

  it('writes documents of 3–30 KB with metadata, in both scripts, across districts and genres', () => {
    const dir = tmp();
    generateCorpus({ size: 200, seed: 1, out: dir });
    const metas = fs.readdirSync(dir).filter((f) => f.endsWith('.meta.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    const sizes = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.statSync(path.join(dir, f)).size);
    expect(sizes).toHaveLength(200);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30_000);
    expect(new Set(metas.map((m) => m.district)).size).toBe(17);
    expect(new Set(metas.map((m) => m.genre))).toEqual(new Set(['work-report', 'press-conference', 'interview', 'news']));
    const traditional = metas.filter((m) => m.script === 'zh-Hant').length;
    expect(traditional).toBeGreaterThan(70);
    expect(traditional).toBeLessThan(130);
    expect(Math.min(...metas.map((m) => m.year))).toBe(2015);
    expect(Math.max(...metas.map((m) => m.year))).toBe(2025);
  });

  it('draws from a seeded PRNG (mulberry32)', () => {
    const r = new Random(42);
    const first = [r.next(), r.next(), r.next()];
    const again = new Random(42);
    expect([again.next(), again.next(), again.next()]).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
