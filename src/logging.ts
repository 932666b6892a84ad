/** Structured JSON logs (pino) and one log line per GraphQL operation. */
import type { ApolloServerPlugin } from '@apollo/server';
import { pino, type Logger } from 'pino';
import type { Context } from './context.js';

export function createLogger(): Logger {
  return pino({ name: 'policy-graph', level: process.env.LOG_LEVEL ?? 'info' });
}

export function requestLogger(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          // The context's database counts this request's round trips only (see createContext).
          const dbCalls = contextValue.db?.calls() ?? 0;
          const codes = (errors ?? []).map((e) => e.extensions?.code ?? 'ERROR');
          log.info({ operation: operationName ?? null, ms: Math.round(ms * 10) / 10, dbCalls, errors: codes.length ? codes : undefined }, 'graphql');
        },
      };
    },
  };
}
