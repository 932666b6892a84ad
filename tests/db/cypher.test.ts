import { describe, expect, it } from 'vitest';
import { cypher, cypherStatements } from '../../src/db/cypher.js';

describe('cypher files', () => {
  it('splits a schema file into its statements without comments', () => {
    const statements = cypherStatements('schema/constraints');
    expect(statements.length).toBeGreaterThanOrEqual(5);
    for (const s of statements) {
      expect(s).toMatch(/^CREATE CONSTRAINT \w+ IF NOT EXISTS/);
      expect(s).not.toMatch(/;|\/\//);
    }
  });

  it('keeps a multi-line statement whole', () => {
    const fulltext = cypherStatements('schema/indexes').find((s) => s.includes('FULLTEXT'));
    expect(fulltext).toMatch(/CREATE FULLTEXT INDEX entity_names[\s\S]*OPTIONS/);
    expect(fulltext).toContain("'cjk'");
  });

  it('loads a read query as one statement', () => {
    expect(cypher('read/stats')).toMatch(/COUNT \{ \(:District\) \}/);
  });
});
