// Projects named by a document: mentions, and what this document reports of them (status as of
// its date, sector, years) on a REPORTED_IN link; the project's own status follows its latest report.
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
MERGE (n:Project {id: row.id})
ON CREATE SET n.name = row.name
SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END),
    n.pinyin = reduce(acc = coalesce(n.pinyin, []), a IN row.pinyin | CASE WHEN a IN acc THEN acc ELSE acc + a END)
SET n.searchText = reduce(s = '', a IN n.aliases | s + ' ' + a),
    n.searchPinyin = reduce(s = '', a IN n.pinyin | s + ' ' + a)
MERGE (n)-[rep:REPORTED_IN]->(d)
SET rep.status = row.status, rep.sector = row.sector, rep.startYear = row.startYear, rep.endYear = row.endYear
WITH n, row, d
CALL (n, row, d) {
  UNWIND row.mentions AS m
  CREATE (n)-[:MENTIONED_IN {start: m.start, end: m.end, quote: m.quote}]->(d)
}
RETURN count(*) AS projects
