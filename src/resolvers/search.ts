/**
 * Query.search: entities by name, alias or pinyin through the entity_names full-text index, ranked
 * (exact name or alias matches first), each with its matched name highlighted.
 */
import type { EntityType, QueryResolvers } from '../generated/resolvers.generated.js';
import * as q from '../db/queries.js';
import { badInput } from '../errors.js';
import { pageSize } from '../paging.js';
import { highlight } from '../search/highlight.js';
import { luceneQuery } from '../search/luceneQuery.js';

export const MAX_QUERY_LENGTH = 100;

const LABELS: Partial<Record<EntityType, string>> = { DISTRICT: 'District', DEPARTMENT: 'Department', PROJECT: 'Project' };
const TYPES: Record<string, EntityType> = { District: 'DISTRICT', Department: 'DEPARTMENT', Project: 'PROJECT' };

export const search: QueryResolvers['search'] = async (_parent, args, { db, timeoutMs }) => {
  const text = args.query.trim();
  if (text === '') throw badInput('query', 'must not be empty');
  if (text.length > MAX_QUERY_LENGTH) throw badInput('query', `must be at most ${MAX_QUERY_LENGTH} characters (got ${text.length})`);
  const first = pageSize(args.first);
  let labels: string[] | null = null;
  if (args.types && args.types.length > 0) {
    const unsupported = args.types.filter((t) => !LABELS[t]);
    if (unsupported.length > 0) throw badInput('types', `search finds DISTRICT, DEPARTMENT and PROJECT; not ${unsupported.join(', ')} (use indicators(where: {label: …}))`);
    labels = args.types.map((t) => LABELS[t] as string);
  }
  const query = luceneQuery(text);
  if (query.lucene === null || first === 0) return [];
  const rows = await q.readSearch.run(db, { lucene: query.lucene, exact: query.exact, labels, first }, timeoutMs);
  return rows.map((row) => ({
    score: row.score,
    type: TYPES[row.label] as EntityType,
    node: row.node,
    highlight: highlight([row.node.name, ...(row.node.aliases ?? []).filter((a) => a !== row.node.name)], query),
  }));
};
