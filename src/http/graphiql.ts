/**
 * An offline GraphiQL at GET /graphql (for browsers): React, ReactDOM and GraphiQL are served from
 * node_modules, so it works on a machine with no internet. The example queries in docs/queries
 * open as tabs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

const assets: Record<string, string> = {
  'react.js': path.join(pkgDir('react'), 'umd/react.production.min.js'),
  'react-dom.js': path.join(pkgDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.js': path.join(pkgDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(pkgDir('graphiql'), 'graphiql.min.css'),
};

export interface ExampleQuery {
  name: string;
  query: string;
  variables?: string;
}

export function loadExampleQueries(dir: string): ExampleQuery[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => {
      const query = fs.readFileSync(path.join(dir, f), 'utf8');
      const varsFile = path.join(dir, f.replace(/\.graphql$/, '.variables.json'));
      return { name: f.replace(/\.graphql$/, ''), query, ...(fs.existsSync(varsFile) ? { variables: fs.readFileSync(varsFile, 'utf8') } : {}) };
    });
}

function page(examples: ExampleQuery[]): string {
  // JSON inside a <script> must not be able to close the tag.
  const tabs = JSON.stringify(examples.map((e) => ({ query: e.query, variables: e.variables }))).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>policy-graph · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  const defaultTabs = ${tabs};
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>`;
}

export function graphiqlRouter(exampleDir: string): Router {
  const router = express.Router();
  const html = page(loadExampleQueries(exampleDir));
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = assets[req.params.file];
    if (!file) {
      res.status(404).end();
      return;
    }
    res.sendFile(file, { maxAge: '1h' });
  });
  router.get('/graphql', (req, res, next) => {
    // Browsers asking for HTML get GraphiQL; GraphQL GET requests go on to Apollo.
    if (req.query.query === undefined && req.accepts(['application/json', 'text/html']) === 'text/html') {
      res.type('html').send(html);
      return;
    }
    next();
  });
  return router;
}
