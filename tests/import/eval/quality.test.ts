/**
 * The figure guard: the extractor, scored on the five seed documents against the gold
 * annotations, meets every figure of the quality table (import/eval/thresholds.json). A change
 * that lets quality slip below the bar fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocumentAnnotation } from '../../../import/annotation.js';
import { scoreCorpus } from '../../../import/eval/score.js';
import { checkThresholds, parseThresholds } from '../../../import/eval/thresholds.js';
import { extractCorpus } from '../../../import/pipeline.js';

const gold = fs
  .readdirSync('tests/gold')
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(fs.readFileSync(path.join('tests/gold', f), 'utf8')) as DocumentAnnotation[]);

describe('extraction quality on the seeds', () => {
  it('meets every threshold of the quality table', async () => {
    const { documents, failures } = await extractCorpus('import/corpus');
    expect(failures).toEqual([]);
    const report = scoreCorpus(documents, gold);
    const thresholds = parseThresholds(JSON.parse(fs.readFileSync('import/eval/thresholds.json', 'utf8')));
    expect(checkThresholds(report, thresholds)).toEqual([]);
  });

  it('scores all five gold documents, and the gold itself perfectly', () => {
    expect(gold.map((d) => d.document).sort()).toEqual(fs.readdirSync('import/corpus').filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort());
    const self = scoreCorpus(gold, gold);
    expect(checkThresholds(self, { types: { District: { f1: 1 }, Project: { f1: 1 }, MEASURES: { f1: 1 } } })).toEqual([]);
  });
});
