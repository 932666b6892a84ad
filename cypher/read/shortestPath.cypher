// The shortest connection between two nodes over PART_OF, LOCATED_IN, RESPONSIBLE_FOR and MEASURES
// in either direction. The bound in the pattern must be a literal: it is the API's hard cap (10);
// $maxHops (≤ 10) is applied to the path found, which is correct because it is the shortest.
CALL () {
  MATCH (n:District {id: $from}) RETURN n
  UNION MATCH (n:Department {id: $from}) RETURN n
  UNION MATCH (n:Project {id: $from}) RETURN n
  UNION MATCH (n:Indicator {id: $from}) RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:District {id: $to}) RETURN n
  UNION MATCH (n:Department {id: $to}) RETURN n
  UNION MATCH (n:Project {id: $to}) RETURN n
  UNION MATCH (n:Indicator {id: $to}) RETURN n
}
WITH a, n AS b
MATCH p = shortestPath((a)-[:PART_OF|LOCATED_IN|RESPONSIBLE_FOR|MEASURES*..10]-(b))
WITH p WHERE length(p) <= $maxHops
RETURN length(p) AS length,
       [n IN nodes(p) | n {.id, .name, .aliases, .level, .code, .reference, .kind, .status, .sector, .startYear, .endYear,
                           .label, .value, .unit, .normalizedValue, .baseUnit, .year, .measure, .approximate, .documentId, .start, .end, .quote}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, role: r.role, documents: r.documents, evidence: r.evidence}] AS relationships
LIMIT 1
