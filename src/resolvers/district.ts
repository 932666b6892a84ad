/** Query.district: one place by id or by name. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import type { DistrictRow } from '../db/rows.js';
import { entityLookup } from '../entityLookup.js';

export const district: QueryResolvers['district'] = async (_parent, args, ctx, info) => (await entityLookup(ctx, 'District', args, info)) as DistrictRow | null;
