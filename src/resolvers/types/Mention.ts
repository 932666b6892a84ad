/** Mention: the document it is in and the entity it names. */
import type { MentionResolvers } from '../../generated/resolvers.generated.js';
import type { DocumentRow } from '../../db/rows.js';

export const Mention: MentionResolvers = {
  document: async (m, _args, { loaders }) => (await loaders.document.load(m.documentId)) as DocumentRow,
  entity: (m, _args, { loaders }) => loaders.node(m.entityId),
};
