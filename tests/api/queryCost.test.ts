import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { queryCost } from '../../src/limits/queryCost.js';
import { loadTypeDefs } from '../../src/schema.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

function cost(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return queryCost(schema, operation, fragments, variables);
}

describe('queryCost', () => {
  it('counts objects: a connection multiplies what is below it by first (default 20)', () => {
    expect(cost('{ stats { districts } }')).toBe(1);
    expect(cost('{ projects(first: 10) { totalCount } }')).toBe(10);
    expect(cost('{ projects(first: 10) { nodes { name } } }')).toBe(20);
    expect(cost('{ projects { nodes { name } } }')).toBe(40);
    expect(cost('{ projects(first: 10) { nodes { indicators(first: 5) { nodes { label } } } } }')).toBe(10 + 10 + 50 + 50);
  });

  it('reads first from variables, and fragments count like the fields they hold', () => {
    expect(cost('query($n: Int) { projects(first: $n) { nodes { name } } }', { n: 50 })).toBe(100);
    expect(cost('query { projects(first: 10) { ...P } } fragment P on ProjectConnection { nodes { name } }')).toBe(20);
    expect(cost('{ node(id: "x") { ... on Project { departments { department { name } } } } }')).toBe(1 + 10 + 10);
  });

  it('rejects a page size outside 0…100 anywhere, naming first', () => {
    expect(() => cost('{ projects(first: 1000) { totalCount } }')).toThrowError(/Argument "first"/);
    expect(() => cost('query($n: Int) { districts { nodes { projects(first: $n) { totalCount } } } }', { n: 101 })).toThrowError(/Argument "first"/);
  });
});
