/** Indicator fields beyond its row: what it measures, its document, its words. */
import type { IndicatorResolvers } from '../../generated/resolvers.generated.js';
import type { DocumentRow } from '../../db/rows.js';

export const Indicator: IndicatorResolvers = {
  normalizedValue: (i) => i.normalizedValue ?? i.value,
  baseUnit: (i) => i.baseUnit ?? i.unit,
  approximate: (i) => i.approximate ?? false,
  subject: (i, _args, { loaders }) => loaders.indicatorSubject.load(i.id),
  document: async (i, _args, { loaders }) => (await loaders.document.load(i.documentId)) as DocumentRow,
  mention: (i) => ({ entityId: i.id, documentId: i.documentId, start: i.start, end: i.end, quote: i.quote }),
};
