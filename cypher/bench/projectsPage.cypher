// Benchmark floor: projects under way in a district or a place inside it, by name, one page, with the total.
MATCH (d:District {id: $district})
CALL (d) {
  MATCH (p:Project)-[:LOCATED_IN]->(:District)-[:PART_OF*0..3]->(d)
  WHERE p.status = 'IN_PROGRESS'
  RETURN DISTINCT p ORDER BY p.name
}
WITH collect(p) AS found
RETURN size(found) AS totalCount,
       [p IN found | {id: p.id, name: p.name, status: p.status}][0..$first] AS nodes
