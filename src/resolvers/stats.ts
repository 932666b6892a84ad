/** Query.stats: node counts per label and relationship counts per type. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';

type Count = { label?: string; type?: string; count: number };

export const stats: QueryResolvers['stats'] = async (_parent, _args, { db }) => {
  const result = await db.read<{ labels: Count[]; relationships: Count[] }>('read/stats');
  const row = result.records[0];
  const labels = (row?.get('labels') ?? []).map((c) => ({ label: c.label ?? '', count: Number(c.count) }));
  const relationships = (row?.get('relationships') ?? []).map((c) => ({ type: c.type ?? '', count: Number(c.count) }));
  const byLabel = (label: string) => labels.find((c) => c.label === label)?.count ?? 0;
  return {
    labels,
    relationships,
    districts: byLabel('District'),
    departments: byLabel('Department'),
    projects: byLabel('Project'),
    indicators: byLabel('Indicator'),
    documents: byLabel('Document'),
    mentions: relationships.find((c) => c.type === 'MENTIONED_IN')?.count ?? 0,
  };
};
