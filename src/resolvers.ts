/** The resolver map: one module per root field or type, assembled here. */
import type { Resolvers } from './generated/resolvers.generated.js';
import { stats } from './resolvers/stats.js';

export const resolvers: Resolvers = {
  Query: { stats },
};
