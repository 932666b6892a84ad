/**
 * Is the graph's schema the one this code reads? Reads name indexes in hints and trust that every
 * link carries its index keys; a graph written by an older version (before `npm run db:migrate`)
 * would answer some pages with items missing. The server checks once at start and refuses to
 * serve such a graph, saying what to run.
 */
import { cypherStatements } from './cypher.js';
import type { Database } from './driver.js';

/** Names of the indexes cypher/schema/indexes.cypher declares. */
export function declaredIndexNames(): string[] {
  return cypherStatements('schema/indexes')
    .map((s) => /CREATE\s+(?:FULLTEXT\s+)?INDEX\s+(\w+)/i.exec(s)?.[1])
    .filter((name): name is string => Boolean(name));
}

/** What is behind, one line each; empty when the schema is current. */
export async function schemaProblems(db: Database): Promise<string[]> {
  const names = declaredIndexNames();
  const states = new Map((await db.read('schema/indexStates', { names })).records.map((r) => [r.get('name') as string, r.get('state') as string]));
  const problems = names.flatMap((name) => {
    const state = states.get(name);
    if (!state) return [`index ${name} does not exist`];
    // A hint on an index that is not online fails the query (migrate waits until all are online).
    return state === 'ONLINE' ? [] : [`index ${name} is ${state}`];
  });
  const links = (await db.read('schema/linksWithoutKeys')).records[0];
  if (links?.get('locatedIn')) problems.push('LOCATED_IN links without their page keys (place, name, project)');
  if (links?.get('measures')) problems.push('MEASURES links to projects without their position keys (subject, documentId, start, indicator)');
  return problems;
}
