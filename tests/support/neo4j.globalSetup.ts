/**
 * Integration tests get a real Neo4j: their own instance (port PG_TEST_NEO4J_PORT, default 7697,
 * data in .neo4j/test), started and stopped through the project's runner so that the suite also
 * works while the main job serves on 7687 — or the database at PG_TEST_NEO4J_URI, which the
 * tests may wipe.
 */
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { runnerOptionsFromEnv, start, stop } from '../../neo4j-runner/runner.js';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  /** True when the database is not one this suite started (and so cannot be stopped by tests). */
  external: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.PG_TEST_NEO4J_URI;
  if (external) {
    project.provide('neo4j', {
      uri: external,
      user: process.env.PG_TEST_NEO4J_USER ?? 'neo4j',
      password: process.env.PG_TEST_NEO4J_PASSWORD ?? '',
      external: true,
    });
    return;
  }
  const options = runnerOptionsFromEnv({
    home: process.env.PG_TEST_NEO4J_HOME ?? `${process.cwd()}/.neo4j/test`,
    port: Number(process.env.PG_TEST_NEO4J_PORT ?? 7697),
    heap: '1g',
    pagecache: '256m',
  });
  const started = await start(options, () => {});
  project.provide('neo4j', { uri: started.uri, user: 'neo4j', password: options.password, external: false });
  return async () => {
    if (started.alreadyRunning) return;
    await stop(options, () => {});
    fs.rmSync(options.home, { recursive: true, force: true });
  };
}
