/** Runtime configuration, read once from the environment. */
import { DEFAULT_PASSWORD } from '../neo4j-runner/runner.js';

export interface DatabaseConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** True when NEO4J_URI points at a database this project does not manage. */
  external: boolean;
}

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const external = Boolean(env.NEO4J_URI);
  return {
    uri: env.NEO4J_URI ?? `bolt://127.0.0.1:${env.PG_NEO4J_PORT ?? 7687}`,
    user: env.NEO4J_USER ?? 'neo4j',
    password: env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
    database: env.NEO4J_DATABASE || undefined,
    external,
  };
}

export interface ServerConfig {
  host: string;
  port: number;
  /** Development mode shows stack traces in error responses. */
  development: boolean;
  /** Per-request database transaction timeout, milliseconds. */
  queryTimeoutMs: number;
}

export function serverConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 4000),
    development: env.NODE_ENV === 'development',
    queryTimeoutMs: Number(env.PG_QUERY_TIMEOUT_MS ?? 10_000),
  };
}
