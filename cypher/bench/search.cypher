// Benchmark floor: full-text search over names and aliases, best first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN node.id AS id, node.name AS name, labels(node)[0] AS type, score
LIMIT $first
