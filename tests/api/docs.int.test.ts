/**
 * Every example query a user can copy is run against the graph of the bundled corpus: the files
 * in docs/queries (GraphiQL's tabs, with their variables) and every ```graphql block of README.md
 * and docs/*.md. Each must answer without errors and with something in every root field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadExampleQueries } from '../../src/http/graphiql.js';
import { useImportedApi } from '../support/corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

function markdownExamples(): Example[] {
  const files = [path.join(root, 'README.md'), ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(root, 'docs', f))];
  return files.flatMap((file) => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/^```graphql\s*\n([\s\S]*?)^```/gm)].map((m, k) => ({ name: `${path.relative(root, file)} #${k + 1}`, query: m[1] as string }));
  });
}

function fileExamples(): Example[] {
  return loadExampleQueries(path.join(root, 'docs/queries')).map((e) => ({
    name: `docs/queries/${e.name}.graphql`,
    query: e.query,
    ...(e.variables ? { variables: JSON.parse(e.variables) as Record<string, unknown> } : {}),
  }));
}

/** Something to show: a non-null scalar, or a list or object holding one. */
function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true;
}

const examples = [...fileExamples(), ...markdownExamples()];

describe('documented example queries', () => {
  const suite = useImportedApi();

  it('there are examples: a dozen files, and blocks in README.md and docs/api.md', () => {
    expect(fileExamples().length).toBeGreaterThanOrEqual(10);
    expect(markdownExamples().some((e) => e.name.startsWith('README.md'))).toBe(true);
    expect(markdownExamples().filter((e) => e.name.startsWith('docs/api.md')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s answers with data', async (_name, example) => {
    expect(() => parse(example.query)).not.toThrow();
    const { data, errors } = await suite.api.raw(example.query, example.variables);
    expect(errors).toBeUndefined();
    expect(data).toBeTruthy();
    for (const [field, value] of Object.entries(data ?? {})) expect(hasContent(value), field).toBe(true);
  });

  it('GraphiQL is served to browsers, offline, with the examples as tabs', async () => {
    const page = await fetch(`${suite.api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphiql/assets/graphiql.js');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
    for (const e of fileExamples()) expect(html).toContain(JSON.stringify(e.query).slice(1, 40).replace(/</g, '\\u003c'));
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css']) {
      expect((await fetch(`${suite.api.url}/graphiql/assets/${asset}`)).status, asset).toBe(200);
    }
  });
});
