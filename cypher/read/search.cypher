// Full-text search over names, aliases (both scripts) and toneless pinyin (entity_names, cjk
// analyzer). $lucene is the escaped query built in src/search/lucene.ts; $exact holds the forms of
// the query that count as an exact name, alias or pinyin match (score doubled); districts proper
// (and 北京市) get a small boost over the places, departments and projects named after them.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: 500}) YIELD node, score
WITH node AS n, score
WHERE $labels IS NULL OR any(l IN labels(n) WHERE l IN $labels)
WITH n, score
  * CASE WHEN n.name IN $exact OR any(a IN coalesce(n.aliases, []) WHERE a IN $exact) OR any(p IN coalesce(n.pinyin, []) WHERE p IN $exact) THEN 2.0 ELSE 1.0 END
  * CASE WHEN n:District AND n.level IN ['DISTRICT', 'MUNICIPALITY'] THEN 1.2 ELSE 1.0 END AS score
ORDER BY score DESC, n.name ASC, n.id ASC
LIMIT toInteger($first)
RETURN score, labels(n)[0] AS label,
       n {.id, .name, .aliases, .pinyin, .level, .code, .reference, .kind, .status, .sector, .startYear, .endYear} AS node
