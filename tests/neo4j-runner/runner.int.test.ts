import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readPid, runnerOptionsFromEnv, start } from '../../neo4j-runner/runner.js';
import { tempDir } from '../support/tempDir.js';

const listenOn = (port: number) =>
  new Promise<net.Server>((resolve) => {
    const s = net.createServer();
    s.listen(port, '127.0.0.1', () => resolve(s));
  });

describe('neo4j-runner', () => {
  const blockers: net.Server[] = [];
  afterEach(() => blockers.splice(0).forEach((s) => s.close()));

  it.skipIf(inject('neo4j').external)('start on a running instance is harmless and reports it', async () => {
    const { uri } = inject('neo4j');
    const options = runnerOptionsFromEnv({ home: path.resolve(process.env.PG_TEST_NEO4J_HOME ?? '.neo4j/test'), port: Number(new URL(uri).port) });
    const pidBefore = readPid(options);
    const result = await start(options, () => {});
    expect(result.alreadyRunning).toBe(true);
    expect(result.pid).toBe(pidBefore);
    expect(result.uri).toBe(uri);
  });

  it('refuses a port already in use with a clear message', async () => {
    const blocker = await listenOn(0);
    blockers.push(blocker);
    const port = (blocker.address() as net.AddressInfo).port;
    const home = tempDir('pg-runner-');
    await expect(start(runnerOptionsFromEnv({ home, port }), () => {})).rejects.toThrow(
      new RegExp(`port ${port} on 127.0.0.1 is already in use by another process`),
    );
  });

  it('clears a stale PID file and says so', async () => {
    const blocker = await listenOn(0);
    blockers.push(blocker);
    const port = (blocker.address() as net.AddressInfo).port;
    const home = tempDir('pg-runner-');
    fs.writeFileSync(path.join(home, 'neo4j.pid'), '999999');
    const messages: string[] = [];
    // The port is blocked so that the start stops right after the PID check.
    await expect(start(runnerOptionsFromEnv({ home, port }), (m) => messages.push(m))).rejects.toThrow(/already in use/);
    expect(messages.join('\n')).toMatch(/stale PID file .*process 999999 is not running/);
    expect(fs.existsSync(path.join(home, 'neo4j.pid'))).toBe(false);
  });

  it('rejects a password too short for Neo4j before starting anything', async () => {
    const home = tempDir('pg-runner-');
    await expect(start(runnerOptionsFromEnv({ home, port: 7699, password: 'short' }), () => {})).rejects.toThrow(/at least 8 characters/);
  });
});
