/** Query.shortestPath: how two entities are connected; every step is a relation in the graph. */
import { describe, expect, it } from 'vitest';
import { ShortestPathDocument } from '../generated/operations.generated.js';
import { cypherValue, useImportedApi } from '../support/corpus.js';

describe('Query.shortestPath', () => {
  const suite = useImportedApi();

  async function expectStepsExist(steps: { from: { id: string }; to: { id: string }; relationship: string; forward: boolean }[]) {
    for (const s of steps) {
      const [a, b] = s.forward ? [s.from.id, s.to.id] : [s.to.id, s.from.id];
      const n = await cypherValue<number>(suite.db, `MATCH (a {id: $a})-[r:${s.relationship}]->(b {id: $b}) RETURN count(r)`, { a, b });
      expect(n, `${a} -[:${s.relationship}]-> ${b}`).toBeGreaterThan(0);
    }
  }

  it('北京市发展和改革委员会 to a project: a path whose steps exist in the graph', async () => {
    const from = await cypherValue<string>(suite.db, "MATCH (d:Department {name: '北京市发展和改革委员会'}) RETURN d.id");
    const to = await cypherValue<string>(suite.db, "MATCH (p:Project {name: '海淀食堂'}) RETURN p.id");
    const { data, errors } = await suite.api.request(ShortestPathDocument, { from, to });
    expect(errors).toBeUndefined();
    const path = data?.shortestPath;
    expect(path).toBeTruthy();
    expect(path?.nodes[0]?.id).toBe(from);
    expect(path?.nodes.at(-1)?.id).toBe(to);
    expect(path?.length).toBe(path?.steps.length);
    expect(path?.nodes.length).toBe((path?.length ?? 0) + 1);
    path?.steps.forEach((s, k) => {
      expect(s.from.id).toBe(path.nodes[k]?.id);
      expect(s.to.id).toBe(path.nodes[k + 1]?.id);
    });
    await expectStepsExist(path?.steps ?? []);
    const expected = await cypherValue<number>(
      suite.db,
      'MATCH (a:Department {id: $from}), (b:Project {id: $to}) MATCH p = shortestPath((a)-[:PART_OF|LOCATED_IN|RESPONSIBLE_FOR|MEASURES*..10]-(b)) RETURN length(p)',
      { from, to },
    );
    expect(path?.length).toBe(expected);
  });

  it('海淀区民政局 to 海淀区商务局 goes through a shared project or the district', async () => {
    const from = await cypherValue<string>(suite.db, "MATCH (d:Department {name: '海淀区民政局'}) RETURN d.id");
    const to = await cypherValue<string>(suite.db, "MATCH (d:Department {name: '海淀区商务局'}) RETURN d.id");
    const { data } = await suite.api.request(ShortestPathDocument, { from, to });
    expect(data?.shortestPath?.length).toBe(2);
    await expectStepsExist(data?.shortestPath?.steps ?? []);
  });

  it('maxHops bounds the path; no path within reach is null; a node to itself has length 0', async () => {
    const from = await cypherValue<string>(suite.db, "MATCH (d:Department {name: '北京市发展和改革委员会'}) RETURN d.id");
    const to = await cypherValue<string>(suite.db, "MATCH (p:Project {name: '海淀食堂'}) RETURN p.id");
    const full = await suite.api.request(ShortestPathDocument, { from, to });
    const length = full.data?.shortestPath?.length ?? 0;
    expect(length).toBeGreaterThan(1);
    const short = await suite.api.request(ShortestPathDocument, { from, to, maxHops: length - 1 });
    expect(short.errors).toBeUndefined();
    expect(short.data?.shortestPath).toBeNull();
    const self = await suite.api.request(ShortestPathDocument, { from, to: from });
    expect(self.data?.shortestPath).toMatchObject({ length: 0, nodes: [{ id: from }], steps: [] });
  });

  it('an id not in the graph gives null', async () => {
    const from = await cypherValue<string>(suite.db, "MATCH (d:Department {name: '海淀区民政局'}) RETURN d.id");
    const { data, errors } = await suite.api.request(ShortestPathDocument, { from, to: 'prj_AAAAAAAAAAAAAAAA' });
    expect(errors).toBeUndefined();
    expect(data?.shortestPath).toBeNull();
  });
});
