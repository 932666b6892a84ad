/**
 * What a single request may ask for, checked before anything reaches Neo4j: depth, aliases,
 * tokens and directives by graphql-armor (validation), the estimated cost and page sizes by
 * queryCost (once variables are known). A rejected query gets a message naming the limit, its
 * value and what was found, and `extensions.limit`; the database transaction timeout
 * (serverConfig().queryTimeoutMs) bounds whatever passes.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';
import type { Context } from './context.js';
import { queryCost } from './limits/queryCost.js';

export const LIMITS = {
  /** Nesting of fields (a connection's edges { node } count as two levels). */
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  /** Objects an operation may return at most, by queryCost's estimate. */
  maxCost: 25_000,
} as const;

type Limit = 'depth' | 'aliases' | 'tokens' | 'directives';

/** Reports an armor rejection as a validation error without armor's "Syntax Error:" prefix. */
const reject = (limit: Limit) => (ctx: ValidationContext | null, error: GraphQLError) => {
  ctx?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
};

const costLimit: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, schema }) {
        if (!operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
        let cost: number;
        try {
          cost = queryCost(schema, operation, fragments, request.variables ?? {});
        } catch (err) {
          // A bad page size found on the way: the request is rejected as a whole (HTTP 400).
          const extensions = (err as { extensions?: Record<string, unknown> } | null)?.extensions;
          if (extensions) throw new GraphQLError((err as Error).message, { extensions: { ...extensions, http: { status: 400 } } });
          throw err;
        }
        if (cost > LIMITS.maxCost) {
          throw new GraphQLError(
            `Query cost limit of ${LIMITS.maxCost} exceeded, found ${cost} (the estimated number of objects; ask for smaller pages with first, or fewer nested lists).`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', http: { status: 400 } } },
          );
        }
      },
    };
  },
};

export function limitProtection(): { plugins: ApolloServerPlugin<Context>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: false }, // the schema is public; suggestions help people writing queries by hand
    costLimit: { enabled: false }, // replaced by queryCost, which sees variables
    maxDepth: { n: LIMITS.maxDepth, flattenFragments: true, propagateOnRejection: false, onReject: [reject('depth')] },
    maxAliases: { n: LIMITS.maxAliases, propagateOnRejection: false, onReject: [reject('aliases')] },
    maxDirectives: { n: LIMITS.maxDirectives, propagateOnRejection: false, onReject: [reject('directives')] },
    maxTokens: { n: LIMITS.maxTokens },
  }).protect();
  return { plugins: [...(armor.plugins as ApolloServerPlugin<Context>[]), costLimit], validationRules: armor.validationRules as ValidationRule[] };
}
