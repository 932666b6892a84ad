/**
 * The import command line.
 *   npm run import  -- [--corpus DIR] [--dry-run] [--max-size MB]   documents → Neo4j
 *   npm run extract -- --corpus DIR --out FILE [--max-size MB]       documents → annotation JSON
 * A bad document gets one line naming the file and the reason; the others still load; the exit
 * code is 1 when any document failed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cliProgress from 'cli-progress';
import Table from 'cli-table3';
import { Command, InvalidArgumentError } from 'commander';
import { databaseConfig } from '../src/config.js';
import { isUnavailable, openDatabase } from '../src/db/driver.js';
import { migrate } from '../src/db/migrate.js';
import { counts, loadDocument, loadReference, type LoadCounts } from './load.js';
import { processDocument, type ImportFailure, type ProcessedDocument } from './pipeline.js';
import { DEFAULT_MAX_BYTES, ImportError, listCorpus, readDocument } from './read.js';

const defaultCorpus = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return Math.round(n * 1024 * 1024);
}

interface Summary {
  read: number;
  loaded: number;
  skipped: number;
  failed: number;
  totals: LoadCounts;
  failures: ImportFailure[];
  seconds: number;
}

function emptyTotals(): LoadCounts {
  return { entities: { District: 0, Department: 0, Project: 0, Indicator: 0 }, relations: { RESPONSIBLE_FOR: 0, LOCATED_IN: 0, MEASURES: 0, PART_OF: 0 } };
}

function addCounts(total: LoadCounts, c: LoadCounts): void {
  for (const k of Object.keys(c.entities) as (keyof LoadCounts['entities'])[]) total.entities[k] += c.entities[k];
  for (const k of Object.keys(c.relations) as (keyof LoadCounts['relations'])[]) total.relations[k] += c.relations[k];
}

function failureLine(f: ImportFailure): string {
  return `✗ ${f.file}: ${f.reason}`;
}

/** Reads and processes every document, reporting each failure on its own line. */
function* processAll(files: string[], maxBytes: number, failures: ImportFailure[]): Generator<ProcessedDocument | null> {
  for (const file of files) {
    try {
      yield processDocument(readDocument(file, maxBytes));
    } catch (err) {
      failures.push(err instanceof ImportError ? { file: err.file, reason: err.reason } : { file, reason: `could not process: ${(err as Error).message}` });
      yield null;
    }
  }
}

function printSummary(s: Summary, dryRun: boolean): void {
  const table = new Table({ head: ['', 'count'], style: { head: [], border: [] } });
  table.push(
    ['documents read', s.read],
    [dryRun ? 'documents processed (dry run)' : 'documents loaded', s.loaded],
    ['documents skipped (unchanged)', s.skipped],
    ['documents failed', s.failed],
    ...Object.entries(s.totals.entities).map(([k, v]) => [`entities: ${k}`, v]),
    ...Object.entries(s.totals.relations).map(([k, v]) => [`relations: ${k}`, v]),
    ['time taken', `${s.seconds.toFixed(1)} s`],
  );
  console.log(table.toString());
  if (!dryRun) console.log('(entities and relations are counted per document as extracted; the graph merges the same entity across documents)');
}

async function runImport(opts: { corpus: string; dryRun?: boolean; maxSize: number }): Promise<number> {
  const started = Date.now();
  const files = listCorpus(opts.corpus);
  const failures: ImportFailure[] = [];
  const summary: Summary = { read: 0, loaded: 0, skipped: 0, failed: 0, totals: emptyTotals(), failures, seconds: 0 };
  const db = opts.dryRun ? null : openDatabase(databaseConfig());
  try {
    if (db) {
      await migrate(db);
      await loadReference(db);
    }
    const bar = new cliProgress.SingleBar(
      { format: 'importing [{bar}] {value}/{total} documents | {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true, noTTYOutput: false },
      cliProgress.Presets.shades_classic,
    );
    bar.start(files.length, 0, { file: '' });
    let i = 0;
    for (const doc of processAll(files, opts.maxSize, failures)) {
      const file = files[i++] as string;
      summary.read += 1;
      if (doc) {
        try {
          const outcome = db ? await loadDocument(db, doc) : 'loaded';
          if (outcome === 'skipped') summary.skipped += 1;
          else {
            summary.loaded += 1;
            addCounts(summary.totals, counts(doc));
          }
        } catch (err) {
          if (isUnavailable(err)) throw err;
          failures.push({ file, reason: `could not load into Neo4j (nothing of it was written): ${(err as Error).message.split('\n')[0]}` });
        }
      }
      bar.update(i, { file: path.basename(file) });
    }
    bar.stop();
  } catch (err) {
    if (isUnavailable(err)) {
      console.error(`import: the database at ${db?.config.uri} is unreachable (${(err as Error).message.split('\n')[0]}); start it with npm run db:start. Documents loaded before this are complete; the one in progress was not written.`);
      return 1;
    }
    throw err;
  } finally {
    await db?.close();
  }
  summary.failed = failures.length;
  summary.seconds = (Date.now() - started) / 1000;
  for (const f of failures) console.error(failureLine(f));
  printSummary(summary, Boolean(opts.dryRun));
  return failures.length > 0 ? 1 : 0;
}

function runExtract(opts: { corpus: string; out: string; maxSize: number }): number {
  const files = listCorpus(opts.corpus);
  const failures: ImportFailure[] = [];
  const documents = [];
  for (const doc of processAll(files, opts.maxSize, failures)) if (doc) documents.push(doc.annotation);
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  fs.writeFileSync(opts.out, `${JSON.stringify(documents, null, 2)}\n`);
  for (const f of failures) console.error(failureLine(f));
  console.log(`extracted ${documents.length} of ${files.length} documents to ${opts.out}`);
  return failures.length > 0 ? 1 : 0;
}

const program = new Command('policy-graph').description('Import Chinese government documents into the policy graph');

program
  .command('import')
  .description('read, extract and load a corpus into Neo4j')
  .option('--corpus <dir>', 'folder of .txt documents (with optional NAME.meta.json)', defaultCorpus)
  .option('--dry-run', 'read and extract only; write nothing')
  .option('--max-size <MB>', 'largest document accepted, in MB', megabytes, DEFAULT_MAX_BYTES)
  .action(async (opts: { corpus: string; dryRun?: boolean; maxSize: number }) => {
    process.exitCode = await runImport(opts);
  });

program
  .command('extract')
  .description('write the extraction of a corpus as annotation JSON (ANNOTATION.md), no database')
  .requiredOption('--corpus <dir>', 'folder of .txt documents')
  .requiredOption('--out <file>', 'the JSON file to write')
  .option('--max-size <MB>', 'largest document accepted, in MB', megabytes, DEFAULT_MAX_BYTES)
  .action((opts: { corpus: string; out: string; maxSize: number }) => {
    process.exitCode = runExtract(opts);
  });

try {
  await program.parseAsync();
} catch (err) {
  if (err instanceof ImportError) {
    console.error(failureLine({ file: err.file, reason: err.reason }));
    process.exitCode = 1;
  } else throw err;
}
