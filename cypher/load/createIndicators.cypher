// Indicators belong to the one document that states them: each is created with its mention and
// what it measures (MEASURES to a Project, Department or District, told apart by the id's prefix
// so that it is one unique-index seek; unwinding the condition keeps the planner from seeking
// under every label). The indicator is new, so its MEASURES links are created, not merged.
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  MATCH (d:Document {id: doc.documentId})
  UNWIND doc.rows AS row
  CREATE (i:Indicator {
    id: row.id, label: row.label, value: row.value, unit: row.unit,
    normalizedValue: row.normalizedValue, baseUnit: row.baseUnit, year: row.year,
    kind: row.kind, measure: row.measure, approximate: row.approximate,
    documentId: d.id, start: row.start, end: row.end, quote: row.quote
  })
  CREATE (i)-[:MENTIONED_IN {start: row.start, end: row.end, quote: row.quote}]->(d)
  WITH i, row, d
  CALL (i, row, d) {
    UNWIND row.measures AS m
    CALL (m) {
      UNWIND CASE WHEN m.to STARTS WITH 'prj_' THEN [m.to] ELSE [] END AS id
      MATCH (b:Project {id: id}) RETURN b
      UNION ALL
      UNWIND CASE WHEN m.to STARTS WITH 'dep_' THEN [m.to] ELSE [] END AS id
      MATCH (b:Department {id: id}) RETURN b
      UNION ALL
      UNWIND CASE WHEN m.to STARTS WITH 'dis_' THEN [m.to] ELSE [] END AS id
      MATCH (b:District {id: id}) RETURN b
    }
    CREATE (i)-[r:MEASURES {documents: [d.id], evidence: [e IN m.evidence | d.id + ':' + e]}]->(b)
    // A project's link carries the keys of the measures_position index (its indicators in text order).
    SET r += CASE WHEN m.to STARTS WITH 'prj_' THEN {subject: m.to, documentId: d.id, start: row.start, indicator: row.id} ELSE {} END
  }
  RETURN count(i) AS indicators
}
RETURN sum(indicators) AS indicators
