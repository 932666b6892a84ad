/**
 * How errors leave the API: a stable `extensions.code` for each kind a client can act on, and no
 * stack traces or driver internals outside development mode.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isUnavailable } from './db/driver.js';

export const DATABASE_UNAVAILABLE = 'The graph database is unavailable right now; try again shortly.';

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isUnavailable(original)) {
      return { message: DATABASE_UNAVAILABLE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const neoCode = (original as { code?: string } | null)?.code ?? '';
    if (neoCode.includes('TransactionTimedOut') || neoCode.includes('Transaction.Terminated')) {
      return { message: 'The query took too long and was stopped by the database.', path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
    }
    // graphql-armor's token limit stops the parser; say which limit it was, like the others.
    const tokens = /^Syntax Error: (Token limit of \d+ exceeded\.)/.exec(formatted.message);
    if (tokens) return { message: tokens[1] as string, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'tokens' } };
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' && !development) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code } };
    }
    if (development) return formatted;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
