/** PathStep: one relation of a path, with its sources. */
import { documentRows, evidenceRows } from '../../evidence.js';
import type { PathStepResolvers } from '../../generated/resolvers.generated.js';

export const PathStep: PathStepResolvers = {
  documents: (s, _args, ctx) => documentRows(ctx, s.documents),
  evidence: (s) => evidenceRows(s.evidence),
};
