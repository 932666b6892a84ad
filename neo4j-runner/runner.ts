/**
 * Starts, stops and reports on the project's own Neo4j: an embedded Neo4j Community 5.26 with the
 * Bolt connector (see Neo4jLauncher.java), built from Maven Central by `mvn package` on first use.
 * Everything lives in one home folder (data, logs, the generated neo4j.conf, the PID file), so
 * several instances (the main job, the test suite) can run side by side on different ports.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const runnerDir = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(runnerDir, '..');

export interface RunnerOptions {
  /** Folder holding data, logs, config and the PID file. */
  home: string;
  port: number;
  password: string;
  heap: string;
  pagecache: string;
  /** Extra plugin jars (APOC for the benchmark) are read from here. */
  plugins: string;
  txTimeout: string;
  startTimeoutMs: number;
}

export const DEFAULT_PASSWORD = 'policy-graph-local';

export function runnerOptionsFromEnv(overrides: Partial<RunnerOptions> = {}): RunnerOptions {
  const env = process.env;
  return {
    home: path.resolve(projectRoot, env.PG_NEO4J_HOME ?? '.neo4j/main'),
    port: Number(env.PG_NEO4J_PORT ?? 7687),
    password: env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
    heap: env.PG_NEO4J_HEAP ?? '2g',
    pagecache: env.PG_NEO4J_PAGECACHE ?? '1g',
    plugins: path.resolve(projectRoot, env.PG_NEO4J_PLUGINS ?? 'neo4j-runner/target/plugins'),
    txTimeout: env.PG_NEO4J_TX_TIMEOUT ?? '60s',
    startTimeoutMs: Number(env.PG_NEO4J_START_TIMEOUT_MS ?? 180_000),
    ...overrides,
  };
}

export class RunnerError extends Error {}

export const boltUri = (o: RunnerOptions) => `bolt://127.0.0.1:${o.port}`;
const pidFile = (o: RunnerOptions) => path.join(o.home, 'neo4j.pid');
const logFile = (o: RunnerOptions) => path.join(o.home, 'logs', 'runner.log');
const runnerJar = path.join(runnerDir, 'target', 'neo4j-runner.jar');
const runnerLib = path.join(runnerDir, 'target', 'lib');

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    const stat = fs.statSync(p);
    if (stat.isDirectory()) newest = Math.max(newest, newestMtime(fs.readdirSync(p).map((f) => path.join(p, f))));
    else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Builds the launcher with Maven unless the jar is newer than its sources. */
export function ensureBuilt(log: (msg: string) => void = console.log): void {
  const sources = [path.join(runnerDir, 'pom.xml'), path.join(runnerDir, 'src')];
  if (fs.existsSync(runnerJar) && fs.existsSync(runnerLib) && fs.statSync(runnerJar).mtimeMs >= newestMtime(sources)) return;
  log('Building the Neo4j runner with Maven (the first build downloads Neo4j 5.26 from Maven Central)…');
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(runnerDir, 'pom.xml'), 'package'], { stdio: 'inherit' });
  if (result.error) throw new RunnerError(`could not run Maven (mvn): ${result.error.message}`);
  if (result.status !== 0) throw new RunnerError(`the Maven build of neo4j-runner failed (exit ${result.status}); see the output above`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the PID belongs to a Neo4jLauncher (guards against PID reuse after a crash). */
function isOurLauncher(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('policygraph.Neo4jLauncher');
  } catch {
    return processAlive(pid);
  }
}

export function readPid(o: RunnerOptions): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(o), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'EADDRINUSE' || err.code === 'EACCES'));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, '127.0.0.1');
  });
}

export async function boltAnswers(uri: string, password: string, user = 'neo4j'): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function writeConfig(o: RunnerOptions): string {
  const template = fs.readFileSync(path.join(runnerDir, 'neo4j.conf.template'), 'utf8');
  const values: Record<string, string> = {
    PORT: String(o.port),
    PAGECACHE: o.pagecache,
    TX_MEMORY: '1g',
    TX_TIMEOUT: o.txTimeout,
    PLUGINS: o.plugins,
  };
  const text = template.replace(/\$\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  const file = path.join(o.home, 'neo4j.conf');
  fs.writeFileSync(file, text);
  return file;
}

export type StartResult = { uri: string; pid: number; alreadyRunning: boolean };

export async function start(o: RunnerOptions, log: (msg: string) => void = console.log): Promise<StartResult> {
  if (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535) throw new RunnerError(`invalid port ${o.port} (PG_NEO4J_PORT)`);
  if (o.password.length < 8) throw new RunnerError('NEO4J_PASSWORD must be at least 8 characters long');
  fs.mkdirSync(path.join(o.home, 'logs'), { recursive: true });
  fs.mkdirSync(o.plugins, { recursive: true });
  const uri = boltUri(o);

  const existing = readPid(o);
  if (existing !== null) {
    if (processAlive(existing) && isOurLauncher(existing)) {
      if (await waitForBolt(o, existing)) return { uri, pid: existing, alreadyRunning: true };
      throw new RunnerError(`Neo4j (pid ${existing}) is running from ${o.home} but Bolt does not answer on ${uri}; see ${logFile(o)}, or run db:stop`);
    }
    log(`Removing a stale PID file ${pidFile(o)}: process ${existing} is not running.`);
    fs.rmSync(pidFile(o), { force: true });
  }

  if (await portInUse(o.port)) {
    throw new RunnerError(
      `port ${o.port} on 127.0.0.1 is already in use by another process; stop it, or choose another port with PG_NEO4J_PORT=...`,
    );
  }

  ensureBuilt(log);
  const conf = writeConfig(o);
  fs.rmSync(path.join(o.home, 'ready'), { force: true });
  const out = fs.openSync(logFile(o), 'a');
  // The parallel collector, not G1: on two cores the import is CPU-bound, and G1's write barriers
  // cost Neo4j about 13 % more CPU for the same 10,000-document import (docs/PERFORMANCE.md).
  // Its pauses stay short: the page cache is off the heap, and the heap is 2 GB unless PG_NEO4J_HEAP says otherwise.
  const child = spawn(
    'java',
    [`-Xms${o.heap}`, `-Xmx${o.heap}`, '-XX:+UseParallelGC', '-XX:+ExitOnOutOfMemoryError', '-cp', `${runnerJar}:${runnerLib}/*:${o.plugins}/*`, 'policygraph.Neo4jLauncher', o.home, conf],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_PASSWORD: o.password } },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new RunnerError('could not start java; is Java 17 installed and on PATH?');
  fs.writeFileSync(pidFile(o), String(child.pid));
  child.unref();

  log(`Starting Neo4j (pid ${child.pid}, data in ${o.home})…`);
  if (!(await waitForBolt(o, child.pid))) {
    const tail = fs.readFileSync(logFile(o), 'utf8').split('\n').slice(-15).join('\n');
    if (processAlive(child.pid)) process.kill(child.pid, 'SIGTERM');
    fs.rmSync(pidFile(o), { force: true });
    throw new RunnerError(`Neo4j did not start within ${o.startTimeoutMs / 1000}s; last lines of ${logFile(o)}:\n${tail}`);
  }
  return { uri, pid: child.pid, alreadyRunning: false };
}

async function waitForBolt(o: RunnerOptions, pid: number): Promise<boolean> {
  const deadline = Date.now() + o.startTimeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return false;
    if (fs.existsSync(path.join(o.home, 'ready')) && (await boltAnswers(boltUri(o), o.password))) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

export async function stop(o: RunnerOptions, log: (msg: string) => void = console.log): Promise<boolean> {
  const pid = readPid(o);
  if (pid === null || !processAlive(pid) || !isOurLauncher(pid)) {
    fs.rmSync(pidFile(o), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (processAlive(pid)) {
    log(`Neo4j (pid ${pid}) did not stop within 60 s; killing it.`);
    process.kill(pid, 'SIGKILL');
  }
  fs.rmSync(pidFile(o), { force: true });
  fs.rmSync(path.join(o.home, 'ready'), { force: true });
  return true;
}

export type Status = { running: boolean; pid: number | null; uri: string; boltAnswers: boolean; home: string };

export async function status(o: RunnerOptions): Promise<Status> {
  const pid = readPid(o);
  const running = pid !== null && processAlive(pid) && isOurLauncher(pid);
  const uri = boltUri(o);
  return { running, pid: running ? pid : null, uri, boltAnswers: running && (await boltAnswers(uri, o.password)), home: o.home };
}
