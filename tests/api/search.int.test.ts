/** Query.search through the entity_names full-text index: scripts, pinyin, ranking, highlight. */
import { describe, expect, it } from 'vitest';
import { SearchDocument } from '../generated/operations.generated.js';
import { useImportedApi } from '../support/corpus.js';

describe('Query.search', () => {
  const suite = useImportedApi();

  it('海淀區 (traditional) finds the District 海淀区 first', async () => {
    const { data, errors } = await suite.api.request(SearchDocument, { query: '海淀區' });
    expect(errors).toBeUndefined();
    const top = data?.search[0];
    expect(top).toMatchObject({ type: 'DISTRICT', node: { __typename: 'District', name: '海淀区' } });
    expect(top?.highlight).toBe('<em>海淀區</em>');
    expect(data?.search.length).toBeGreaterThan(1);
    const scores = data?.search.map((h) => h.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('simplified script and aliases find the same place', async () => {
    for (const query of ['海淀区', '海淀']) {
      const { data } = await suite.api.request(SearchDocument, { query, first: 3 });
      expect(data?.search[0]?.node.name, query).toBe('海淀区');
      expect(data?.search[0]?.highlight).toContain(`<em>${query}</em>`);
    }
  });

  it('toneless pinyin: "haidian shitang" finds 海淀食堂', async () => {
    const { data } = await suite.api.request(SearchDocument, { query: 'haidian shitang' });
    expect(data?.search[0]).toMatchObject({ type: 'PROJECT', node: { name: '海淀食堂' } });
    expect(data?.search[0]?.highlight).toBe('<em>海淀食堂</em>');
    const joined = await suite.api.request(SearchDocument, { query: 'HaidianShitang' });
    expect(joined.data?.search[0]?.node.name).toBe('海淀食堂');
  });

  it('an abbreviation finds the department: 市发改委', async () => {
    const { data } = await suite.api.request(SearchDocument, { query: '市发改委', types: ['DEPARTMENT'] });
    expect(data?.search[0]?.node.name).toBe('北京市发展和改革委员会');
    expect(data?.search.every((h) => h.type === 'DEPARTMENT')).toBe(true);
  });

  it('types narrow the hits; first limits them', async () => {
    const { data } = await suite.api.request(SearchDocument, { query: '海淀', types: ['PROJECT'], first: 3 });
    expect(data?.search.length).toBeGreaterThan(0);
    expect(data?.search.length).toBeLessThanOrEqual(3);
    expect(data?.search.every((h) => h.type === 'PROJECT' && h.node.__typename === 'Project')).toBe(true);
  });

  it('Lucene syntax in the query is text, not syntax', async () => {
    for (const query of ['海淀 AND (', '"海淀', 'name:海淀*', '\\', '~!@#']) {
      const { errors } = await suite.api.request(SearchDocument, { query });
      expect(errors, query).toBeUndefined();
    }
    const { data } = await suite.api.request(SearchDocument, { query: '海淀区)' });
    expect(data?.search[0]?.node.name).toBe('海淀区');
  });
});
