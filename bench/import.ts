/**
 * The import benchmark, at several corpus sizes (default 100, 1,000 and 10,000 synthetic
 * documents, bench/corpus): for each size
 * - extraction throughput, documents/s: in this process (one thread), then with worker threads;
 * - the import end to end (`import/cli.ts import` in a child process, into an empty database):
 *   wall time, load throughput (nodes + relationships written per second of loading), the import
 *   process's peak memory and CPU time, and the database's CPU time;
 * - read-query latency on the imported graph, with PROFILE checks for label scans (readLatency.ts);
 * then how the time per document grows with size. Results go to bench/results/import.json and
 * import.md (git-ignored).
 *
 * The benchmark runs its own Neo4j (the project's runner; port 7887, data in .neo4j/bench, wiped
 * before every size) and refuses the ports and folders of the main and test databases.
 *
 *   npm run bench:import -- [--sizes 100,1000,10000] [--seed 42] [--workers N] [--port 7887]
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { projectRoot, readPid, runnerOptionsFromEnv, start, stop, type RunnerOptions } from '../neo4j-runner/runner.js';
import { DEFAULT_MAX_BYTES, listCorpus } from '../import/read.js';
import { defaultWorkers, extractFiles } from '../import/workers.js';
import { GENERATOR_VERSION, generateCorpus } from './corpus/generate.js';
import { measureReadQueries, type ReadQueryResult } from './readLatency.js';

export interface ImportBenchmarkOptions {
  sizes: number[];
  seed: number;
  /** Extraction worker threads for the parallel measurements and the import. */
  workers: number;
  /** Bolt port and data folder of the benchmark's own Neo4j (wiped before each size). */
  port: number;
  home: string;
  /** Where generated corpora are kept between runs (by seed and size). */
  corpusCache: string;
  resultsDir: string;
  /** Timed runs per read query (after 3 warm-up runs); 0 skips the read queries. */
  queryRuns: number;
  /** Also extract in one thread (the slowest part of the benchmark at 10,000 documents). */
  singleThread: boolean;
  log: (line: string) => void;
  /** Called after each size's import, while the database still holds that graph. */
  afterImport?: (size: number, database: { uri: string; user: string; password: string }) => Promise<void>;
}

export interface ExtractionResult {
  workers: number;
  seconds: number;
  documentsPerSecond: number;
  megabytesPerSecond: number;
}

export interface ImportRun {
  seconds: number;
  loadSeconds: number;
  extractWaitSeconds: number;
  documents: number;
  failed: number;
  nodes: number;
  relationships: number;
  /** Nodes + relationships written per second of loading, and per second end to end. */
  loadThroughput: number;
  endToEndThroughput: number;
  peakMemoryMb: number;
  importCpuSeconds: number;
  neo4jCpuSeconds: number;
  /** Size on disk of the store files (as of the last checkpoint) and of the transaction logs. */
  storeMb: number;
  transactionLogMb: number;
}

export interface SizeResult {
  size: number;
  corpusMb: number;
  extraction: ExtractionResult[];
  import: ImportRun;
  msPerDocument: number;
  queries: ReadQueryResult[];
}

export interface ImportBenchmarkResult {
  startedAt: string;
  machine: { cpus: number; memoryGb: number; node: string; neo4j: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  options: Omit<ImportBenchmarkOptions, 'log' | 'afterImport'>;
  sizes: SizeResult[];
  /** Exponent b of time ∝ size^b between successive sizes (1 = linear). */
  growth: { from: number; to: number; timeRatio: number; sizeRatio: number; exponent: number }[];
}

const MAIN_PORTS = new Set([7687, 7697]);

export function defaultImportBenchmarkOptions(): ImportBenchmarkOptions {
  return {
    sizes: [100, 1000, 10_000],
    seed: 42,
    workers: defaultWorkers(),
    port: Number(process.env.PG_BENCH_NEO4J_PORT ?? 7887),
    home: path.resolve(projectRoot, process.env.PG_BENCH_NEO4J_HOME ?? '.neo4j/bench'),
    corpusCache: path.join(os.tmpdir(), 'policy-graph-bench-corpus'),
    resultsDir: path.join(projectRoot, 'bench', 'results'),
    queryRuns: 30,
    singleThread: true,
    log: (line) => console.log(line),
  };
}

/** The corpus of a size and seed, generated once and kept (a marker file says it is complete). */
export function ensureCorpus(cache: string, size: number, seed: number): string {
  const dir = path.join(cache, `seed${seed}-n${size}-v${GENERATOR_VERSION}`);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  generateCorpus({ size, seed, out: dir });
  fs.writeFileSync(path.join(dir, '.complete'), `${JSON.stringify({ size, seed, version: GENERATOR_VERSION })}\n`);
  return dir;
}

function cpuSecondsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return NaN;
  }
}

function folderMb(dir: string): number {
  let bytes = 0;
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else bytes += fs.statSync(p).size;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return bytes / 1048576;
}

async function measureExtraction(files: string[], workers: number, bytes: number): Promise<ExtractionResult> {
  const started = performance.now();
  let n = 0;
  for await (const result of extractFiles(files, { job: 'annotate', workers, maxBytes: DEFAULT_MAX_BYTES })) if (result.ok) n += 1;
  const seconds = (performance.now() - started) / 1000;
  return { workers, seconds, documentsPerSecond: n / seconds, megabytesPerSecond: bytes / 1048576 / seconds };
}

async function graphCounts(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const result = await driver.executeQuery('CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const record = result.records[0];
  return { nodes: Number(record?.get('nodes') ?? 0), relationships: Number(record?.get('relationships') ?? 0) };
}

interface ImportSummary {
  seconds: number;
  loadSeconds: number;
  extractWaitSeconds: number;
  read: number;
  failed: number;
  peakMemoryBytes: number;
  cpuSeconds: number;
}

/** `import/cli.ts import` in a child process (so its peak memory is the import's own). */
function runImportProcess(corpus: string, workers: number, runner: RunnerOptions, summaryFile: string, log: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'import', 'cli.ts'), 'import', '--corpus', corpus, '--workers', String(workers), '--summary-json', summaryFile], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${runner.port}`, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: runner.password, NEO4J_DATABASE: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) log(`    ${line.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the import exited with ${code}:\n${stdout.slice(-2000)}`))));
  });
}

/** Stops the benchmark database, deletes its folder and starts it empty (faster and safer than deleting a large graph). */
export async function freshDatabase(runner: RunnerOptions, log: (line: string) => void): Promise<void> {
  await stop(runner, () => {});
  fs.rmSync(runner.home, { recursive: true, force: true });
  await start(runner, log);
}

async function benchmarkSize(size: number, o: ImportBenchmarkOptions, runner: RunnerOptions): Promise<SizeResult> {
  const log = o.log;
  const corpus = ensureCorpus(o.corpusCache, size, o.seed);
  const files = listCorpus(corpus);
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  log(`\n== ${size} documents (${(bytes / 1048576).toFixed(1)} MB) in ${corpus}`);

  const extraction: ExtractionResult[] = [];
  if (o.singleThread) {
    extraction.push(await measureExtraction(files, 0, bytes));
    log(`  extraction, 1 thread: ${extraction.at(-1)?.documentsPerSecond.toFixed(1)} documents/s`);
  }
  extraction.push(await measureExtraction(files, o.workers, bytes));
  log(`  extraction, ${o.workers} worker threads: ${extraction.at(-1)?.documentsPerSecond.toFixed(1)} documents/s`);

  log('  starting an empty database…');
  await freshDatabase(runner, () => {});
  const pid = readPid(runner) ?? 0;
  const summaryFile = path.join(os.tmpdir(), `policy-graph-bench-import-${process.pid}.json`);
  const cpuBefore = cpuSecondsOf(pid);
  const started = performance.now();
  await runImportProcess(corpus, o.workers, runner, summaryFile, log);
  const seconds = (performance.now() - started) / 1000;
  const neo4jCpuSeconds = cpuSecondsOf(pid) - cpuBefore;
  const summary = JSON.parse(fs.readFileSync(summaryFile, 'utf8')) as ImportSummary;
  fs.rmSync(summaryFile, { force: true });

  const driver = neo4j.driver(`bolt://127.0.0.1:${runner.port}`, neo4j.auth.basic('neo4j', runner.password), { disableLosslessIntegers: true });
  try {
    const { nodes, relationships } = await graphCounts(driver);
    const written = nodes + relationships;
    const run: ImportRun = {
      seconds,
      loadSeconds: summary.loadSeconds,
      extractWaitSeconds: summary.extractWaitSeconds,
      documents: summary.read - summary.failed,
      failed: summary.failed,
      nodes,
      relationships,
      loadThroughput: written / summary.loadSeconds,
      endToEndThroughput: written / seconds,
      peakMemoryMb: summary.peakMemoryBytes / 1048576,
      importCpuSeconds: summary.cpuSeconds,
      neo4jCpuSeconds,
      storeMb: folderMb(path.join(runner.home, 'data', 'databases', 'neo4j')),
      transactionLogMb: folderMb(path.join(runner.home, 'data', 'transactions', 'neo4j')),
    };
    log(`  import: ${seconds.toFixed(1)} s end to end, ${run.loadThroughput.toFixed(0)} nodes+relationships/s loading, peak ${run.peakMemoryMb.toFixed(0)} MB`);
    let queries: ReadQueryResult[] = [];
    if (o.queryRuns > 0) {
      queries = await measureReadQueries(driver, { runs: o.queryRuns, warmup: 3 });
      for (const q of queries) log(`  ${q.name}: ${q.ok ? `p50 ${q.p50Ms?.toFixed(1)} ms, p95 ${q.p95Ms?.toFixed(1)} ms` : `failed: ${q.error}`}`);
    }
    return { size, corpusMb: bytes / 1048576, extraction, import: run, msPerDocument: (seconds * 1000) / size, queries };
  } finally {
    await driver.close();
  }
}

export async function runImportBenchmark(options: Partial<ImportBenchmarkOptions> = {}): Promise<ImportBenchmarkResult> {
  const o = { ...defaultImportBenchmarkOptions(), ...options };
  const runner = runnerOptionsFromEnv({ port: o.port, home: o.home });
  const forbidden = [path.resolve(projectRoot, '.neo4j/main'), path.resolve(projectRoot, '.neo4j/test')];
  if (MAIN_PORTS.has(runner.port) || forbidden.includes(path.resolve(runner.home))) {
    throw new Error(`the import benchmark wipes its database; it will not use port ${runner.port} or ${runner.home} (the main and test databases)`);
  }
  const startedAt = new Date().toISOString();
  const loadAverageBefore = os.loadavg();
  const sizes: SizeResult[] = [];
  let neo4jVersion = '';
  try {
    for (const size of o.sizes) {
      sizes.push(await benchmarkSize(size, o, runner));
      await o.afterImport?.(size, { uri: `bolt://127.0.0.1:${runner.port}`, user: 'neo4j', password: runner.password });
      if (!neo4jVersion) {
        const driver = neo4j.driver(`bolt://127.0.0.1:${runner.port}`, neo4j.auth.basic('neo4j', runner.password));
        neo4jVersion = String((await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v')).records[0]?.get('v') ?? '');
        await driver.close();
      }
    }
  } finally {
    await stop(runner, () => {});
  }
  const growth = sizes.slice(1).map((s, i) => {
    const prev = sizes[i] as SizeResult;
    const timeRatio = s.import.seconds / prev.import.seconds;
    const sizeRatio = s.size / prev.size;
    return { from: prev.size, to: s.size, timeRatio, sizeRatio, exponent: Math.log(timeRatio) / Math.log(sizeRatio) };
  });
  const { log: _log, afterImport: _afterImport, ...recorded } = o;
  const result: ImportBenchmarkResult = {
    startedAt,
    machine: { cpus: os.availableParallelism(), memoryGb: os.totalmem() / 2 ** 30, node: process.version, neo4j: neo4jVersion, loadAverageBefore, loadAverageAfter: os.loadavg() },
    options: recorded,
    sizes,
    growth,
  };
  fs.mkdirSync(o.resultsDir, { recursive: true });
  fs.writeFileSync(path.join(o.resultsDir, 'import.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(path.join(o.resultsDir, 'import.md'), importMarkdown(result));
  o.log(`\nresults: ${path.join(o.resultsDir, 'import.md')} and import.json`);
  return result;
}

const f1 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const f0 = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en-US'));

export function importMarkdown(r: ImportBenchmarkResult): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push('# Import benchmark', '');
  lines.push(`${r.startedAt} · ${m.cpus} CPUs, ${m.memoryGb.toFixed(0)} GB · Node ${m.node} · Neo4j ${m.neo4j} · load average before ${m.loadAverageBefore.map((x) => x.toFixed(2)).join(' ')}, after ${m.loadAverageAfter.map((x) => x.toFixed(2)).join(' ')}`);
  lines.push(`Synthetic corpus (bench/corpus, seed ${r.options.seed}); extraction workers: ${r.options.workers}. Test data only.`, '');
  lines.push('## Extraction (read → clean → normalise → extract → resolve → relate, no database)', '');
  lines.push('| documents | MB | 1 thread, docs/s | workers, docs/s | speed-up |', '|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    const one = s.extraction.find((e) => e.workers === 0);
    const many = s.extraction.find((e) => e.workers > 0);
    lines.push(`| ${f0(s.size)} | ${f1(s.corpusMb)} | ${f1(one?.documentsPerSecond)} | ${f1(many?.documentsPerSecond)} (${many?.workers}) | ${one && many ? `${(many.documentsPerSecond / one.documentsPerSecond).toFixed(2)}×` : '–'} |`);
  }
  lines.push('', '## Import end to end (empty database; extraction in workers while the main thread loads new documents in transactions of up to 32)', '');
  lines.push('| documents | end to end | ms/document | loading | nodes | relationships | load, nodes+rels/s | end to end, nodes+rels/s | peak memory | import CPU | Neo4j CPU | store | tx logs |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of r.sizes) {
    const i = s.import;
    lines.push(`| ${f0(s.size)} | ${f1(i.seconds)} s | ${f1(s.msPerDocument)} | ${f1(i.loadSeconds)} s | ${f0(i.nodes)} | ${f0(i.relationships)} | ${f0(i.loadThroughput)} | ${f0(i.endToEndThroughput)} | ${f0(i.peakMemoryMb)} MB | ${f1(i.importCpuSeconds)} s | ${f1(i.neo4jCpuSeconds)} s | ${f0(i.storeMb)} MB | ${f0(i.transactionLogMb)} MB |`);
  }
  if (r.growth.length > 0) {
    lines.push('', '## Growth', '');
    lines.push('| from → to | size × | time × | time ∝ size^b, b |', '|---|---:|---:|---:|');
    for (const g of r.growth) lines.push(`| ${f0(g.from)} → ${f0(g.to)} | ${g.sizeRatio.toFixed(0)} | ${g.timeRatio.toFixed(2)} | ${g.exponent.toFixed(2)} |`);
  }
  const withQueries = r.sizes.filter((s) => s.queries.length > 0);
  if (withQueries.length > 0) {
    lines.push('', '## Read queries (cypher/read through neo4j-driver, p50 / p95 ms; PROFILE scans that produced rows)', '');
    lines.push(`| query | ${withQueries.map((s) => `${f0(s.size)} docs`).join(' | ')} | scans at ${f0(withQueries.at(-1)?.size)} |`);
    lines.push(`|---|${withQueries.map(() => '---:').join('|')}|---|`);
    for (const q of withQueries[0]?.queries ?? []) {
      const cells = withQueries.map((s) => {
        const x = s.queries.find((y) => y.name === q.name);
        return x?.ok ? `${f1(x.p50Ms)} / ${f1(x.p95Ms)}` : `failed`;
      });
      const last = withQueries.at(-1)?.queries.find((y) => y.name === q.name);
      const ran = (last?.scans ?? []).filter((sc) => sc.rows > 0);
      const scans = !last?.ok ? (last?.error ?? '') : ran.length === 0 ? 'none' : ran.map((sc) => `${sc.operator} ${sc.details} (${f0(sc.rows)} rows)`).join('; ');
      lines.push(`| ${q.name} — ${q.what} | ${cells.join(' | ')} | ${scans} |`);
    }
  }
  lines.push('');
  return lines.join('\n');
}

function parseArgs(argv: string[]): Partial<ImportBenchmarkOptions> {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out: Partial<ImportBenchmarkOptions> = {};
  const sizes = get('sizes');
  if (sizes) out.sizes = sizes.split(',').map(Number);
  if (get('seed')) out.seed = Number(get('seed'));
  if (get('workers')) out.workers = Number(get('workers'));
  if (get('port')) out.port = Number(get('port'));
  if (get('home')) out.home = path.resolve(get('home') as string);
  if (get('query-runs')) out.queryRuns = Number(get('query-runs'));
  if (argv.includes('--no-single-thread')) out.singleThread = false;
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runImportBenchmark(parseArgs(process.argv.slice(2)));
}
