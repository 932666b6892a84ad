import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { cypher } from '../src/db/cypher.js';
const d = neo4j.driver('bolt://127.0.0.1:7887', neo4j.auth.basic('neo4j', 'policy-graph-local'), { disableLosslessIntegers: true });
const R = { min: null, max: null };
const req = { labels: null, kinds: ['TARGET'], measures: null, units: null, year: { min: neo4j.int(2025), max: neo4j.int(2025) }, value: R, normalizedValue: R, document: null, subjects: [], departments: [], within: [], order: 'NORMALIZED_VALUE', desc: true, after: null, prefetch: null };
const files = process.argv.slice(2);
const variants: [string, string, Record<string, unknown>][] = [
  ['ours', cypher('read/indicators'), { requests: [req], limit: neo4j.int(21), prefetchLimit: neo4j.int(1) }],
  ['floor', cypher('bench/targets'), { kind: 'TARGET', year: neo4j.int(2025), first: neo4j.int(20) }],
  ...files.map((f) => [f, fs.readFileSync(f, 'utf8'), { requests: [req], limit: neo4j.int(21), prefetchLimit: neo4j.int(1) }] as [string, string, Record<string, unknown>]),
];
for (const [name, q, p] of variants) {
  const ts: number[] = []; let out = '';
  for (let k = 0; k < 11; k++) { const t = performance.now(); const r = await d.executeQuery(q, p, { routing: 'READ' }); ts.push(performance.now() - t); out = JSON.stringify(r.records[0]?.toObject()).slice(0, 100); }
  ts.sort((a, b) => a - b); console.log(name, 'median', ts[5]!.toFixed(1), out);
}
await d.close();
