import neo4j from 'neo4j-driver';
import { cypher } from '../src/db/cypher.js';
const d = neo4j.driver('bolt://127.0.0.1:7887', neo4j.auth.basic('neo4j', 'policy-graph-local'), { disableLosslessIntegers: true });
const R = { min: null, max: null };
const req = { labels: null, kinds: ['TARGET'], measures: null, units: null, year: { min: neo4j.int(2025), max: neo4j.int(2025) }, value: R, normalizedValue: R, document: null, subjects: [], departments: [], within: [], order: 'NORMALIZED_VALUE', desc: true, after: null, prefetch: null };
const r = await d.executeQuery('PROFILE ' + cypher('read/indicators'), { requests: [req], limit: neo4j.int(21) }, { routing: 'READ' });
const walk = (p: any, depth = 0) => { if (p.dbHits > 0 || p.rows > 100) console.log(' '.repeat(depth * 2) + p.operatorType, 'hits', p.dbHits, 'rows', p.rows, String(p.arguments?.Details ?? '').slice(0, 120)); for (const c of p.children) walk(c, depth + 1); };
walk(r.summary.profile);
await d.close();
