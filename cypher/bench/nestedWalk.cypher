// Benchmark floor: district → its projects and those of places inside it, by name → their
// departments (with roles) and first indicators in text order (what the API's District.projects answers).
MATCH (d:District {id: $district})
CALL (d) {
  MATCH (d)<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(p:Project)
  WITH DISTINCT p ORDER BY p.name, p.id LIMIT $first
  RETURN p
}
RETURN d.name AS district, collect({
  name: p.name,
  departments: [(dep:Department)-[r:RESPONSIBLE_FOR]->(p) | {role: r.role, name: dep.name}],
  indicators: COLLECT { MATCH (i:Indicator)-[:MEASURES]->(p) RETURN {label: i.label, value: i.value, unit: i.unit} ORDER BY i.documentId, i.start LIMIT 5 }
}) AS projects
