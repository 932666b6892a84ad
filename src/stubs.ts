/**
 * Stubs: a read returns a project, an indicator or a department as a few properties when the
 * selection asks for no more (prefetch.ts decides), since decoding every property of every row (an
 * indicator's quote, a project's aliases) is much of what a nested walk costs. A resolver of a field
 * a stub lacks reads the whole row by id, so a look-ahead that did not foresee a selection costs a
 * round trip, never an answer.
 */
import type { Context } from './context.js';
import type { DepartmentRow, DepartmentStub, IndicatorRow, IndicatorStub, ProjectRow, ProjectStub } from './db/rows.js';

type MaybePromise<T> = T | Promise<T>;

function whole<W extends { id: string }>(row: { id: string }, marker: keyof W & string, load: (id: string) => Promise<W | null>, label: string): MaybePromise<W> {
  // Whole rows carry every property key (null where the node has none); a stub lacks the marker.
  if (marker in row) return row as W;
  return load(row.id).then((r) => {
    if (!r) throw new Error(`${label} ${row.id} read as a stub is not in the graph (internal error)`);
    return r;
  });
}

/** The whole project row of a row that may be a stub. */
export const wholeProject = (p: ProjectRow | ProjectStub, ctx: Context): MaybePromise<ProjectRow> => whole<ProjectRow>(p, 'status', (id) => ctx.loaders.project.load(id), 'Project');

/** The whole department row of a row that may be a stub. */
export const wholeDepartment = (d: DepartmentRow | DepartmentStub, ctx: Context): MaybePromise<DepartmentRow> => whole<DepartmentRow>(d, 'kind', (id) => ctx.loaders.department.load(id), 'Department');

/** The whole indicator row of a row that may be a stub. */
export const wholeIndicator = (i: IndicatorRow | IndicatorStub, ctx: Context): MaybePromise<IndicatorRow> => whole<IndicatorRow>(i, 'kind', (id) => ctx.loaders.indicator.load(id), 'Indicator');

/** Resolvers answering a field of the whole row: synchronously for a whole row, after a read for a stub. */
function fromWhole<Row, W>(toWhole: (row: Row, ctx: Context) => MaybePromise<W>) {
  return <R>(pick: (w: W) => R) =>
    (row: Row, _args: unknown, ctx: Context): MaybePromise<R> => {
      const w = toWhole(row, ctx);
      return w instanceof Promise ? w.then(pick) : pick(w);
    };
}

export const fromWholeProject = fromWhole(wholeProject);
export const fromWholeIndicator = fromWhole(wholeIndicator);
