/** Indicator fields beyond its row: what it measures, its document, its words. */
import type { IndicatorResolvers } from '../../generated/resolvers.generated.js';
import type { DocumentRow } from '../../db/rows.js';
import { fromWholeIndicator, wholeIndicator } from '../../stubs.js';

// A page's stub (id, label, value, unit; src/stubs.ts) lacks the rest: read whole if asked anyway.
export const Indicator: IndicatorResolvers = {
  normalizedValue: fromWholeIndicator((i) => i.normalizedValue ?? i.value),
  baseUnit: fromWholeIndicator((i) => i.baseUnit ?? i.unit),
  year: fromWholeIndicator((i) => i.year),
  kind: fromWholeIndicator((i) => i.kind),
  measure: fromWholeIndicator((i) => i.measure),
  approximate: fromWholeIndicator((i) => i.approximate ?? false),
  subject: (i, _args, { loaders }) => loaders.indicatorSubject.load(i.id),
  document: async (i, _args, ctx) => {
    const { documentId } = await wholeIndicator(i, ctx);
    return (await ctx.loaders.document.load(documentId)) as DocumentRow;
  },
  mention: fromWholeIndicator((i) => ({ entityId: i.id, documentId: i.documentId, start: i.start, end: i.end, quote: i.quote })),
};
