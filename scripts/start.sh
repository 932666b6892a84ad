#!/usr/bin/env bash
# The main job: install, start Neo4j, apply the schema, import the bundled corpus, serve GraphQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npm run -s db:start
npm run -s db:migrate
exec npm run -s serve
