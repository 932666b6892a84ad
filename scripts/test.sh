#!/usr/bin/env bash
# The whole test suite: type check, unit tests, then integration tests against a real Neo4j that
# the suite starts on a port and data folder of its own (or PG_TEST_NEO4J_URI, see README).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
npx tsc --noEmit -p .
npx vitest run "$@"
