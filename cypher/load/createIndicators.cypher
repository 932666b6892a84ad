// Indicators belong to the one document that states them.
MATCH (d:Document {id: $documentId})
UNWIND $rows AS row
CREATE (i:Indicator {
  id: row.id, label: row.label, value: row.value, unit: row.unit,
  normalizedValue: row.normalizedValue, baseUnit: row.baseUnit, year: row.year,
  kind: row.kind, measure: row.measure, approximate: row.approximate,
  documentId: d.id, start: row.start, end: row.end, quote: row.quote
})
CREATE (i)-[:MENTIONED_IN {start: row.start, end: row.end, quote: row.quote}]->(d)
RETURN count(i) AS indicators
