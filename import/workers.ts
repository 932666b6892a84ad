/**
 * Extraction in worker threads: a pool of workers reads and processes document files (read →
 * clean → normalise → extract → resolve → relate, and for an import the load statements too) while
 * the main thread loads the results into Neo4j. Results come back in file order; at most `ahead`
 * documents are in flight or waiting, so memory stays flat however large the corpus. A worker that
 * finishes takes the next file at once, not when the caller next asks for a result: while the main
 * thread waits on Neo4j for a batch, the workers extract the next one (they used to sit idle then,
 * and an import took the sum of extraction and loading instead of the larger of the two).
 *
 * This file is both the pool (main thread) and the worker's body: a worker is this module started
 * with the tsx loader, told by its workerData to serve tasks.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DocumentAnnotation } from './annotation.js';
import { prepareDocument, type PreparedDocument } from './load.js';
import { processDocument, type ImportFailure, type ProcessedDocument } from './pipeline.js';
import { ImportError, readDocument } from './read.js';

/**
 * What a worker returns for a file: for an import, what the loader needs (PreparedDocument); for
 * `extract`, the annotation; `process` returns the whole ProcessedDocument.
 */
export type ExtractionJob = 'prepare' | 'annotate' | 'process';

export type ExtractionOutput<J extends ExtractionJob> = J extends 'prepare' ? PreparedDocument : J extends 'annotate' ? DocumentAnnotation : ProcessedDocument;

export type ExtractionResult<J extends ExtractionJob> = { file: string; ok: true; value: ExtractionOutput<J> } | { file: string; ok: false; failure: ImportFailure };

interface Task {
  id: number;
  file: string;
  maxBytes: number;
  job: ExtractionJob;
}

/** Reads and processes one file; a bad document is a failure, never a throw. */
export function extractFile<J extends ExtractionJob>(file: string, maxBytes: number, job: J): ExtractionResult<J> {
  try {
    const doc = processDocument(readDocument(file, maxBytes));
    const value = job === 'prepare' ? prepareDocument(doc) : job === 'annotate' ? doc.annotation : doc;
    return { file, ok: true, value: value as ExtractionOutput<J> };
  } catch (err) {
    const failure = err instanceof ImportError ? { file: err.file, reason: err.reason } : { file, reason: `could not process: ${(err as Error).message}` };
    return { file, ok: false, failure };
  }
}

const WORKER_FLAG = 'policyGraphExtractionWorker';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] && parentPort) {
  const port = parentPort;
  port.on('message', (task: Task) => {
    port.postMessage({ id: task.id, result: extractFile(task.file, task.maxBytes, task.job) });
  });
}

/** The number of extraction workers by default: one per core the process may use. */
export function defaultWorkers(): number {
  return os.availableParallelism();
}

/**
 * The code that starts a worker: register tsx in the worker's thread, then load this module.
 * (Node 20 does not apply loaders given as `execArgv: ['--import', 'tsx']` to a worker's entry
 * module: "Unknown file extension .ts". Registering from inside the worker does work, under tsx,
 * plain node and vitest alike.) tsx's ESM API is found through its package.json exports, by
 * absolute URL, so this works from any working folder.
 */
function workerBootstrap(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exportsMap = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = new URL(exportsMap['./esm/api']?.import.default ?? './dist/esm/api/index.mjs', pathToFileURL(manifest)).href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
}

export interface ExtractOptions<J extends ExtractionJob> {
  job: J;
  /** Worker threads; 0 processes in the calling thread (no pool). */
  workers: number;
  maxBytes: number;
  /** Documents in flight or finished but not yet taken; default 4 per worker. */
  ahead?: number;
  /** Called as each document is finished by a worker (in the order they finish). */
  onFinished?: (file: string) => void;
}

/**
 * Processes files, yielding one result per file in the order given, while workers run ahead.
 * Stopping the iteration early (break, throw) stops the workers.
 */
export async function* extractFiles<J extends ExtractionJob>(files: string[], options: ExtractOptions<J>): AsyncGenerator<ExtractionResult<J>> {
  if (options.workers <= 0) {
    for (const file of files) yield extractFile(file, options.maxBytes, options.job);
    return;
  }
  const ahead = Math.max(options.ahead ?? options.workers * 4, options.workers);
  const finished = new Map<number, ExtractionResult<J>>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const workers = new Set<Worker>();
  let next = 0; // the next file to hand out
  let wake: (() => void) | null = null;
  let fatal: Error | null = null;
  let crashes = 0; // workers lost since the last result
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let wanted = 0; // the file the caller waits for (or will ask for next)
  // Hands out files while there is room ahead of the one the caller waits for.
  const dispatch = () => {
    while (idle.length > 0 && next < files.length && next < wanted + ahead) {
      const worker = idle.pop() as Worker;
      const task: Task = { id: next, file: files[next] as string, maxBytes: options.maxBytes, job: options.job };
      busy.set(worker, task);
      worker.postMessage(task);
      next += 1;
    }
  };

  const start = (): Worker => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { [WORKER_FLAG]: true } });
    workers.add(worker);
    worker.on('message', (msg: { id: number; result: ExtractionResult<J> }) => {
      crashes = 0;
      busy.delete(worker);
      finished.set(msg.id, msg.result);
      options.onFinished?.(msg.result.file);
      idle.push(worker);
      if (workers.size > 0) dispatch();
      notify();
    });
    const lost = (reason: string) => {
      if (!workers.delete(worker)) return;
      const task = busy.get(worker);
      busy.delete(worker);
      const i = idle.indexOf(worker);
      if (i >= 0) idle.splice(i, 1);
      // The document the worker was on fails and a fresh worker takes its place — unless workers
      // keep dying without finishing anything (they cannot start at all).
      if (task) finished.set(task.id, { file: task.file, ok: false, failure: { file: task.file, reason: `could not process: the extraction worker stopped (${reason})` } });
      crashes += 1;
      if (crashes >= 3) fatal = new Error(`extraction workers keep stopping: ${reason}`);
      else {
        idle.push(start());
        dispatch();
      }
      notify();
    };
    worker.on('error', (err) => lost(err.message));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return worker;
  };

  const bootstrap = workerBootstrap();
  try {
    for (let i = 0; i < Math.min(options.workers, files.length); i++) idle.push(start());
    while (wanted < files.length) {
      for (;;) {
        dispatch();
        const result = finished.get(wanted);
        if (result) {
          finished.delete(wanted);
          // Room for one more ahead before the caller has it: the workers go on while it works.
          wanted += 1;
          dispatch();
          yield result;
          break;
        }
        if (fatal) throw fatal;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  } finally {
    const all = [...workers];
    workers.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
}
