/**
 * The import command line.
 *   npm run import  -- [--corpus DIR] [--dry-run] [--max-size MB] [--workers N] [--summary-json FILE]
 *   npm run extract -- --corpus DIR --out FILE [--max-size MB] [--workers N]
 * Documents are extracted in worker threads (one per core by default; --workers 0 extracts in the
 * main thread) while the main thread loads them into Neo4j in file order, one transaction each.
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
import { awaitSearchIndex, loadDocuments, loadReference, type LoadCounts, type PreparedDocument } from './load.js';
import type { ImportFailure } from './pipeline.js';
import { DEFAULT_MAX_BYTES, ImportError, listCorpus } from './read.js';
import { defaultWorkers, extractFiles } from './workers.js';

const defaultCorpus = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

function megabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of megabytes');
  return Math.round(n * 1024 * 1024);
}

function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('expected a whole number of worker threads, 0 to 64 (0: extract in the main thread)');
  return n;
}

function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('expected a whole number of documents per transaction, 1 to 100');
  return n;
}

interface Summary {
  read: number;
  loaded: number;
  skipped: number;
  failed: number;
  totals: LoadCounts;
  failures: ImportFailure[];
  seconds: number;
  /** Of `seconds`, the time spent waiting for Neo4j (loading) and for extraction. */
  loadSeconds: number;
  extractWaitSeconds: number;
  workers: number;
  /** Peak resident memory of the import process (all its threads), in bytes. */
  peakMemoryBytes: number;
  /** CPU time of the import process (all its threads, user + system), in seconds. */
  cpuSeconds: number;
}

/** Peak resident set size of this process: VmHWM where /proc has it, else getrusage's maxRSS. */
function peakMemoryBytes(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
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
    ['extraction workers', s.workers === 0 ? 'none (main thread)' : s.workers],
    ['peak memory', `${Math.round(s.peakMemoryBytes / 1048576)} MB`],
  );
  console.log(table.toString());
  if (!dryRun) console.log('(entities and relations are counted per document as extracted; the graph merges the same entity across documents)');
}

async function runImport(opts: { corpus: string; dryRun?: boolean; maxSize: number; workers: number; batch: number; summaryJson?: string }): Promise<number> {
  const started = performance.now();
  const files = listCorpus(opts.corpus);
  const failures: ImportFailure[] = [];
  const summary: Summary = {
    read: 0, loaded: 0, skipped: 0, failed: 0, totals: emptyTotals(), failures, seconds: 0, loadSeconds: 0, extractWaitSeconds: 0, workers: opts.workers, peakMemoryBytes: 0, cpuSeconds: 0,
  };
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
    let waitStart = performance.now();
    let lastLine = performance.now();
    // New documents go to Neo4j in batches of up to `batch`, one transaction per batch (a bad
    // document sends its batch back to one transaction per document: see loadDocuments).
    let pending: { file: string; doc: PreparedDocument }[] = [];
    const flush = async () => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      const loadStart = performance.now();
      try {
        const outcomes = db ? await loadDocuments(db, batch.map((b) => b.doc)) : batch.map(() => ({ outcome: 'loaded' as const }));
        outcomes.forEach((o, k) => {
          const { file, doc } = batch[k] as { file: string; doc: PreparedDocument };
          if (o.outcome === 'skipped') summary.skipped += 1;
          else if (o.outcome === 'loaded') {
            summary.loaded += 1;
            addCounts(summary.totals, doc.counts);
          } else failures.push({ file, reason: `could not load into Neo4j (nothing of it was written): ${(o.error as Error).message.split('\n')[0]}` });
        });
      } finally {
        summary.loadSeconds += (performance.now() - loadStart) / 1000;
      }
    };
    // Room for a whole batch ahead: the workers extract the next batch while this one loads.
    const ahead = opts.batch + 4 * opts.workers;
    for await (const result of extractFiles(files, { job: 'prepare', workers: opts.workers, maxBytes: opts.maxSize, ahead })) {
      summary.extractWaitSeconds += (performance.now() - waitStart) / 1000;
      const file = files[i++] as string;
      summary.read += 1;
      if (!result.ok) failures.push(result.failure);
      else {
        pending.push({ file, doc: result.value });
        if (pending.length >= opts.batch) await flush();
      }
      bar.update(i, { file: path.basename(file) });
      // Without a terminal (CI, logs) the bar is not drawn: a line every 10 s instead.
      if (!process.stderr.isTTY && performance.now() - lastLine >= 10_000) {
        lastLine = performance.now();
        const seconds = (lastLine - started) / 1000;
        console.error(`importing: ${i}/${files.length} documents, ${seconds.toFixed(0)} s, ${(i / seconds).toFixed(1)} documents/s`);
      }
      waitStart = performance.now();
    }
    await flush();
    bar.stop();
    // Search sees the whole import when the command returns.
    if (db) await awaitSearchIndex(db);
  } catch (err) {
    if (isUnavailable(err)) {
      console.error(`import: the database at ${db?.config.uri} is unreachable (${(err as Error).message.split('\n')[0]}); start it with npm run db:start. Documents loaded before this are complete; none of the batch in progress was written.`);
      return 1;
    }
    throw err;
  } finally {
    await db?.close();
  }
  summary.failed = failures.length;
  summary.seconds = (performance.now() - started) / 1000;
  summary.peakMemoryBytes = peakMemoryBytes();
  const cpu = process.cpuUsage();
  summary.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  for (const f of failures) console.error(failureLine(f));
  printSummary(summary, Boolean(opts.dryRun));
  if (opts.summaryJson) fs.writeFileSync(opts.summaryJson, `${JSON.stringify(summary, null, 2)}\n`);
  return failures.length > 0 ? 1 : 0;
}

async function runExtract(opts: { corpus: string; out: string; maxSize: number; workers: number }): Promise<number> {
  const files = listCorpus(opts.corpus);
  const failures: ImportFailure[] = [];
  const documents = [];
  for await (const result of extractFiles(files, { job: 'annotate', workers: opts.workers, maxBytes: opts.maxSize })) {
    if (result.ok) documents.push(result.value);
    else failures.push(result.failure);
  }
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
  .option('--workers <N>', 'extraction worker threads (0: extract in the main thread)', workerCount, defaultWorkers())
  .option('--batch <N>', 'new documents per transaction (a failing batch is retried one document per transaction)', batchSize, 32)
  .option('--summary-json <file>', 'also write the summary (counts, times, peak memory) as JSON')
  .action(async (opts: { corpus: string; dryRun?: boolean; maxSize: number; workers: number; batch: number; summaryJson?: string }) => {
    process.exitCode = await runImport(opts);
  });

program
  .command('extract')
  .description('write the extraction of a corpus as annotation JSON (ANNOTATION.md), no database')
  .requiredOption('--corpus <dir>', 'folder of .txt documents')
  .requiredOption('--out <file>', 'the JSON file to write')
  .option('--max-size <MB>', 'largest document accepted, in MB', megabytes, DEFAULT_MAX_BYTES)
  .option('--workers <N>', 'extraction worker threads (0: extract in the main thread)', workerCount, defaultWorkers())
  .action(async (opts: { corpus: string; out: string; maxSize: number; workers: number }) => {
    process.exitCode = await runExtract(opts);
  });

try {
  await program.parseAsync();
} catch (err) {
  if (err instanceof ImportError) {
    console.error(failureLine({ file: err.file, reason: err.reason }));
    process.exitCode = 1;
  } else throw err;
}
