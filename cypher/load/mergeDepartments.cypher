// Departments named by a document, with their mentions in it. Aliases accumulate.
CYPHER replan=skip
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (n:Department {id: row.id})
ON CREATE SET n.name = row.name, n.kind = row.kind, n.level = row.level
SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.pinyin = reduce(acc = coalesce(n.pinyin, []), a IN row.pinyin | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(s = '', a IN n.aliases | s + ' ' + a),
    n.searchPinyin = reduce(s = '', a IN n.pinyin | s + ' ' + a)
WITH n, row, d
UNWIND row.mentions AS m
CREATE (n)-[:MENTIONED_IN {start: m.start, end: m.end, quote: m.quote}]->(d)
RETURN count(*) AS mentions
