// Projects named by a document: mentions, and what this document reports of them (status as of
// its date, sector, years) on a REPORTED_IN link. A project's own status and sector are those of
// its latest report (by document date, then document key), kept as reports arrive: statusAsOf and
// sectorAsOf are the `date|key` of the report each comes from, so a new report is compared with
// them, not with every earlier report. Its years span all its reports. (A project that existed
// before statusAsOf did is left to refreshProjects.)
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  MATCH (d:Document {id: doc.documentId})
  WITH doc, d, toString(coalesce(d.publishedAt, date({year: coalesce(d.year, 1900), month: 12, day: 31}))) + '|' + d.key AS asOf
  UNWIND doc.rows AS row
  MERGE (n:Project {id: row.id})
  ON CREATE SET n.name = row.name, n.statusAsOf = '', n.sectorAsOf = ''
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
  MERGE (n)-[rep:REPORTED_IN]->(d)
  SET rep.status = row.status, rep.sector = row.sector, rep.startYear = row.startYear, rep.endYear = row.endYear
  WITH n, row, d, asOf, n.statusAsOf IS NOT NULL AND asOf >= n.statusAsOf AS latest,
       row.sector IS NOT NULL AND n.sectorAsOf IS NOT NULL AND asOf >= n.sectorAsOf AS latestSector
  SET n.status = CASE WHEN latest THEN coalesce(row.status, 'UNKNOWN') ELSE n.status END,
      n.statusAsOf = CASE WHEN latest THEN asOf ELSE n.statusAsOf END,
      n.sector = CASE WHEN latestSector THEN row.sector ELSE n.sector END,
      n.sectorAsOf = CASE WHEN latestSector THEN asOf ELSE n.sectorAsOf END,
      n.startYear = CASE WHEN n.startYear IS NULL OR row.startYear < n.startYear THEN row.startYear ELSE n.startYear END,
      n.endYear = CASE WHEN n.endYear IS NULL OR row.endYear > n.endYear THEN row.endYear ELSE n.endYear END
  WITH n, row, d
  CALL (n, row, d) {
    UNWIND row.mentions AS m
    CREATE (n)-[:MENTIONED_IN {start: m.start, end: m.end, quote: m.quote}]->(d)
  }
  RETURN count(*) AS projects
}
RETURN sum(projects) AS projects
