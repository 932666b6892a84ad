import { describe, expect, it } from 'vitest';
import { highlight } from '../../src/search/highlight.js';
import { escapeTerm, luceneQuery } from '../../src/search/luceneQuery.js';

describe('search: the Lucene query', () => {
  it('Chinese: phrases in the script given and simplified, then loose pairs', () => {
    const q = luceneQuery(' 海淀區 ');
    expect(q.forms).toEqual(['海淀區', '海淀区']);
    expect(q.exact).toEqual(['海淀區', '海淀区']);
    expect(q.lucene).toBe('"海淀區"^2 OR "海淀区"^2 OR 海淀區 OR 海淀区');
  });

  it('Latin: toneless pinyin, every word required, the last also as a prefix', () => {
    const q = luceneQuery('Haidian  Shitang');
    expect(q.pinyinWords).toEqual(['haidian', 'shitang']);
    expect(q.exact).toEqual(['haidian shitang', 'haidianshitang']);
    expect(q.lucene).toBe('"haidian shitang"^2 OR (haidian AND (shitang OR shitang*))');
  });

  it('Lucene syntax is escaped, never interpreted', () => {
    expect(escapeTerm('a+b (c) "d" *:?\\/')).toBe('a\\+b \\(c\\) \\"d\\" \\*\\:\\?\\\\\\/');
    const q = luceneQuery('海淀" OR name:*');
    expect(q.lucene).toContain('"海淀\\" OR name:*"^2');
    expect(q.lucene).toContain('海淀\\" or name\\:\\*');
    expect(luceneQuery('!!! ???').lucene).toBeNull();
  });
});

describe('search: highlight', () => {
  it('marks the query in the alias that matches it as typed', () => {
    expect(highlight(['海淀区', '海淀', '海淀區'], luceneQuery('海淀區'))).toBe('<em>海淀區</em>');
    expect(highlight(['海淀区民政局', '海淀區民政局'], luceneQuery('民政'))).toBe('海淀区<em>民政</em>局');
  });

  it('marks the characters a pinyin query spells', () => {
    expect(highlight(['海淀食堂'], luceneQuery('haidian shitang'))).toBe('<em>海淀食堂</em>');
    expect(highlight(['海淀区民政局'], luceneQuery('minzheng'))).toBe('海淀区<em>民政</em>局');
    expect(highlight(['海淀食堂'], luceneQuery('shi'))).toBe('海淀<em>食</em>堂');
  });

  it('falls back to shared character pairs, and escapes HTML', () => {
    expect(highlight(['海淀食堂'], luceneQuery('食堂项目'))).toBe('海淀<em>食堂</em>');
    expect(highlight(['<海淀>&'], luceneQuery('海淀'))).toBe('&lt;<em>海淀</em>&gt;&amp;');
  });
});
