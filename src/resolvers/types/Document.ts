/** Document fields beyond its row: its district, its text (loaded only when asked), its mentions. */
import { indicatorConnection, mentionConnection } from '../../connections.js';
import { indicatorFilter } from '../../filters.js';
import type { DocumentResolvers, EntityType } from '../../generated/resolvers.generated.js';

const LABEL: Record<EntityType, string> = { DISTRICT: 'District', DEPARTMENT: 'Department', PROJECT: 'Project', INDICATOR: 'Indicator' };

export const Document: DocumentResolvers = {
  title: (d) => d.title ?? d.key,
  district: (d, _args, { loaders }) => loaders.documentDistrict.load(d.id),
  text: async (d, _args, { loaders }) => (await loaders.documentText.load(d.id)) ?? '',
  length: async (d, _args, { loaders }) => (await loaders.documentLength.load(d.id)) ?? 0,
  mentions: (d, args, ctx) => mentionConnection(ctx, { entity: null, document: d.id, labels: args.type ? [LABEL[args.type]] : null }, args),
  indicators: (d, args, ctx) => {
    const filter = indicatorFilter(args.where);
    // Another document in `where` as well: no indicator is in both (an impossible subject says so).
    if (filter.document && filter.document !== d.id) return indicatorConnection(ctx, { ...filter, document: d.id, subjects: ['none'] }, args);
    return indicatorConnection(ctx, { ...filter, document: d.id }, args);
  },
};
