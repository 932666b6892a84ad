// Benchmark floor: district → its projects → their departments (with roles) and indicators.
MATCH (d:District {id: $district})
CALL (d) {
  MATCH (p:Project)-[:LOCATED_IN]->(d)
  RETURN p ORDER BY p.name LIMIT $first
}
RETURN d.name AS district, collect({
  name: p.name,
  departments: [(dep:Department)-[r:RESPONSIBLE_FOR]->(p) | {role: r.role, name: dep.name}],
  indicators: [(i:Indicator)-[:MEASURES]->(p) | {label: i.label, value: i.value, unit: i.unit}][0..5]
}) AS projects
