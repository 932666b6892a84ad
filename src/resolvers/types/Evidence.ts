/** Evidence: the document and the exact words a relation was drawn from. */
import type { EvidenceResolvers } from '../../generated/resolvers.generated.js';
import type { DocumentRow } from '../../db/rows.js';

export const Evidence: EvidenceResolvers = {
  document: async (e, _args, { loaders }) => (await loaders.document.load(e.documentId)) as DocumentRow,
  quote: async (e, _args, { loaders }) => (await loaders.evidenceQuote.load({ documentId: e.documentId, start: e.start, end: e.end })) ?? '',
};
