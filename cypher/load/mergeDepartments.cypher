// Departments named by a document, with their mentions in it. Aliases accumulate.
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  MATCH (d:Document {id: doc.documentId})
  UNWIND doc.rows AS row
  MERGE (n:Department {id: row.id})
  ON CREATE SET n.name = row.name, n.kind = row.kind, n.level = row.level
  WITH *, reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases,
       reduce(acc = coalesce(n.pinyin, []), a IN row.pinyin | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS pinyin
  // Written only when something is new: most documents name a well-known place or department by
  // names it already has, and an unchanged write would still lock the node and grow the log.
  CALL (n, aliases, pinyin) {
    WITH n, aliases, pinyin WHERE n.aliases IS NULL OR n.pinyin IS NULL OR size(aliases) <> size(n.aliases) OR size(pinyin) <> size(n.pinyin)
    SET n.aliases = aliases, n.pinyin = pinyin,
        n.searchText = reduce(s = '', a IN aliases | s + ' ' + a),
        n.searchPinyin = reduce(s = '', a IN pinyin | s + ' ' + a)
  }
  WITH n, row, d
  UNWIND row.mentions AS m
  CREATE (n)-[:MENTIONED_IN {start: m.start, end: m.end, quote: m.quote}]->(d)
  RETURN count(*) AS mentions
}
RETURN sum(mentions) AS mentions
