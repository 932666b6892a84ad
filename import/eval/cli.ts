/**
 * npm run eval -- [--corpus DIR] [--gold PATH] [--predicted PATH] [--misses] [--json] [--thresholds FILE]
 *
 * Runs the extractor over the corpus (no database), or reads an extraction JSON file with
 * --predicted, and scores it against the gold annotations by ANNOTATION.md ("Scoring"): precision,
 * recall and F1 per entity and relation type, and attribute accuracy. --misses lists every false
 * positive, false negative and attribute error by document; --json prints the same as JSON.
 *
 * Exit code: 0; 1 when --thresholds is given and a figure is below its threshold; 2 on bad input.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import type { DocumentAnnotation } from '../annotation.js';
import { formatMisses, formatTable, toJson } from './format.js';
import { scoreCorpus } from './score.js';
import { checkThresholds, parseThresholds } from './thresholds.js';

interface ExtractionFailure {
  file: string;
  reason: string;
}

interface PipelineModule {
  extractCorpus(dir: string): Promise<{ documents: DocumentAnnotation[]; failures: ExtractionFailure[] }>;
}

class InputError extends Error {}

function asDocuments(raw: unknown, source: string): DocumentAnnotation[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((d, k) => {
    if (typeof d !== 'object' || d === null || typeof (d as { document?: unknown }).document !== 'string') {
      throw new InputError(`${source}: item ${k} is not a document (an object with a string "document")`);
    }
    const doc = d as Partial<DocumentAnnotation> & { document: string };
    for (const field of ['entities', 'relations'] as const) {
      if (doc[field] !== undefined && !Array.isArray(doc[field])) {
        throw new InputError(`${source}: document ${doc.document}: "${field}" is not an array`);
      }
    }
    return { ...doc, entities: doc.entities ?? [], relations: doc.relations ?? [] };
  });
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(`${file}: cannot read`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new InputError(`${file}: ${(e as Error).message}`);
  }
}

/** Reads a JSON file of documents, or every *.json file of a directory (sorted by name). */
async function loadAnnotations(p: string): Promise<DocumentAnnotation[]> {
  let info;
  try {
    info = await stat(p);
  } catch {
    throw new InputError(`${p}: no such file or directory`);
  }
  const files = info.isDirectory()
    ? (await readdir(p))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => path.join(p, f))
    : [p];
  const docs: DocumentAnnotation[] = [];
  for (const f of files) docs.push(...asDocuments(await readJson(f), f));
  return docs;
}

async function runExtractor(corpus: string): Promise<{ documents: DocumentAnnotation[]; failures: ExtractionFailure[] }> {
  // A variable specifier: the pipeline is written separately, and this file should type-check without it.
  const specifier = '../pipeline.js';
  let pipeline: PipelineModule;
  try {
    pipeline = (await import(specifier)) as PipelineModule;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes('pipeline')) {
      throw new InputError('the extractor (import/pipeline.ts) is not available; score a file with --predicted');
    }
    throw e;
  }
  return pipeline.extractCorpus(path.resolve(corpus));
}

interface Options {
  corpus: string;
  gold: string;
  predicted?: string;
  misses?: boolean;
  json?: boolean;
  thresholds?: string;
}

async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('eval')
    .description('Score the extractor (or an extraction JSON file) against the gold annotations (ANNOTATION.md, "Scoring").')
    .option('--corpus <dir>', 'corpus directory to run the extractor on', 'import/corpus')
    .option('--gold <path>', 'gold annotations: a JSON file or a directory of JSON files', 'tests/gold')
    .option('--predicted <path>', 'score this extraction JSON file (or directory) instead of running the extractor')
    .option('--misses', 'list every false positive, false negative and attribute error by document')
    .option('--json', 'print the report as JSON')
    .option('--thresholds <file>', 'exit 1 when a figure is below its threshold in this file (see import/eval/thresholds.json)')
    .showHelpAfterError();
  program.parse([...argv], { from: 'user' });
  const opts = program.opts<Options>();

  const gold = await loadAnnotations(opts.gold);
  const thresholds = opts.thresholds ? parseThresholds(await readJson(opts.thresholds)) : undefined;

  let predicted: DocumentAnnotation[];
  let failures: ExtractionFailure[] = [];
  if (opts.predicted) {
    predicted = await loadAnnotations(opts.predicted);
  } else {
    const result = await runExtractor(opts.corpus);
    predicted = result.documents;
    failures = result.failures;
  }

  const report = scoreCorpus(predicted, gold);
  const thresholdFailures = thresholds ? checkThresholds(report, thresholds) : undefined;

  if (opts.json) {
    const json = toJson(report, { misses: opts.misses, extractionFailures: failures, thresholdFailures });
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const parts: string[] = [];
    if (failures.length > 0) {
      parts.push(`Extraction failures (${failures.length}):`, ...failures.map((f) => `  ${f.file}: ${f.reason}`), '');
    }
    if (opts.misses) parts.push(formatMisses(report));
    parts.push(formatTable(report));
    if (thresholdFailures) {
      parts.push(
        '',
        thresholdFailures.length === 0
          ? `Thresholds (${opts.thresholds}): all met`
          : [`Below threshold (${opts.thresholds}):`, ...thresholdFailures.map((f) => `  ${f}`)].join('\n'),
      );
    }
    process.stdout.write(`${parts.join('\n')}\n`);
  }
  if (thresholdFailures && thresholdFailures.length > 0) {
    if (opts.json) process.stderr.write(`Below threshold:\n${thresholdFailures.map((f) => `  ${f}`).join('\n')}\n`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof InputError || (e instanceof Error && /^thresholds:|appears more than once/.test(e.message))) {
    process.stderr.write(`eval: ${e.message}\n`);
    process.exitCode = 2;
  } else {
    throw e;
  }
}
