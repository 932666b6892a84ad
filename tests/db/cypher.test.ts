import { describe, expect, it } from 'vitest';
import { compact, cypher, cypherStatements } from '../../src/db/cypher.js';

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

  it('sends a statement without its comment lines and indentation, code and strings untouched', () => {
    expect(compact("// why\nMATCH (n)\n  // more\n  WHERE n.name = 'a  //b'\n\n  RETURN n")).toBe("MATCH (n)\nWHERE n.name = 'a  //b'\nRETURN n");
    const projects = cypher('read/projects');
    expect(projects).not.toMatch(/^\s*\/\//m);
    expect(projects).toContain('UNWIND range(0, size($requests) - 1) AS i');
  });

  it('splices each `// @include` part in place: a statement that walks its rows twice says so once', () => {
    const projects = cypher('read/projects');
    expect(projects).not.toContain('@include');
    // The anchors (projectAnchors) and the filter (projectFilter) serve the listed and the streamed pass.
    expect(projects.split('MATCH (a:Department {id: req.departments[0]})-[:RESPONSIBLE_FOR]->(n:Project)').length - 1).toBe(2);
    expect(projects.split('AND (req.sectors IS NULL OR n.sector IN req.sectors)').length - 1).toBe(2);
  });
});
