/**
 * The import command on a corpus with bad files: one clear line per bad file, the good documents
 * still load, the exit code says something failed, and no partial document is left.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { tempDir } from '../support/tempDir.js';

const seed = path.resolve('import/corpus/000_925b2dea4116c0a2');

function cli(args: string[]) {
  const { uri, user, password } = inject('neo4j');
  return spawnSync('npx', ['tsx', 'import/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    timeout: 120_000,
  });
}

describe('npm run import with bad input', () => {
  let db: Database;
  let dir: string;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
    dir = tempDir('pg-bad-corpus-');
    fs.copyFileSync(`${seed}.txt`, path.join(dir, 'good.txt'));
    fs.copyFileSync(`${seed}.meta.json`, path.join(dir, 'good.meta.json'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Rapport d’activité: café, résumé, naïve, déjà, été, où, garçon, élève', 'latin1'));
    fs.writeFileSync(path.join(dir, 'gbk.txt'), iconv.encode('今年经济社会发展主要预期目标是:地区生产总值增长5.5%。', 'gbk'));
    fs.copyFileSync(`${seed}.txt`, path.join(dir, 'badmeta.txt'));
    fs.writeFileSync(path.join(dir, 'badmeta.meta.json'), '{ "title": "海淀", ');
    fs.writeFileSync(path.join(dir, 'huge.txt'), '北京市海淀区人民政府工作报告。'.repeat(3000));
  });
  afterAll(async () => db?.close());

  it('names each bad file and its reason, loads the rest, and exits non-zero', async () => {
    const result = cli(['import', '--corpus', dir, '--max-size', '0.05']);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('✗'));
    const reasonFor = (file: string) => lines.find((l) => l.includes(path.join(dir, file)));
    expect(reasonFor('empty.txt')).toMatch(/empty file/);
    expect(reasonFor('binary.txt')).toMatch(/binary file/);
    expect(reasonFor('latin1.txt')).toMatch(/cannot decode/);
    expect(reasonFor('badmeta.meta.json')).toMatch(/broken metadata/);
    expect(reasonFor('huge.txt')).toMatch(/over the 0\.1 MB limit|over the .* MB limit/);
    expect(lines).toHaveLength(5);
    expect(result.stdout).toMatch(/documents failed\s*│\s*5/);

    const docs = await db.driver.executeQuery('MATCH (d:Document) RETURN d.key AS key, d.encoding AS encoding ORDER BY key');
    expect(docs.records.map((r) => `${r.get('key')}:${r.get('encoding')}`)).toEqual(['gbk:GB18030', 'good:UTF-8']);
  });

  it('says so when the corpus folder does not exist', () => {
    const result = cli(['import', '--corpus', path.join(dir, 'nope')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nope: corpus folder does not exist/);
  });

  it('writes the extraction without a database, in the annotation format', () => {
    const out = path.join(dir, 'out', 'extraction.json');
    const result = spawnSync('npx', ['tsx', 'import/cli.ts', 'extract', '--corpus', path.resolve('import/corpus'), '--out', out], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } });
    expect(result.status).toBe(0);
    const docs = JSON.parse(fs.readFileSync(out, 'utf8')) as { document: string; entities: { type: string; id?: string; mentions?: unknown[] }[]; relations: unknown[] }[];
    expect(docs.map((d) => d.document)).toEqual(fs.readdirSync('import/corpus').filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')));
    for (const d of docs) {
      expect(d.entities.length).toBeGreaterThan(0);
      for (const e of d.entities) expect(e.id).toMatch(/^(dis|dep|prj|ind)_/);
    }
  });
});
