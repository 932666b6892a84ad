// Benchmark floor: district → its projects and those of places inside it, by name → their
// departments (with roles) and first indicators in text order (what the API's District.projects answers).
// Read as the API reads them (projects.cypher): each place's first names from the located_in_page
// index, then the first $first of those; each project's first indicators from measures_position.
MATCH (d:District {id: $district})
CALL (d) {
  MATCH (d)<-[:PART_OF]-{0,4}(pl:District)
  WITH DISTINCT pl.id AS place
  CALL (place) {
    MATCH (p:Project)-[r:LOCATED_IN]->()
    USING INDEX SEEK r:LOCATED_IN(place, name, project)
    WHERE r.place = place AND r.name >= '' AND r.project IS NOT NULL
    RETURN p ORDER BY r.place, r.name, r.project LIMIT $first
  }
  WITH DISTINCT p ORDER BY p.name, p.id LIMIT $first
  RETURN p
}
RETURN d.name AS district, collect({
  name: p.name,
  departments: [(dep:Department)-[r:RESPONSIBLE_FOR]->(p) | {role: r.role, name: dep.name}],
  indicators: COLLECT {
    MATCH (i:Indicator)-[m:MEASURES]->()
    USING INDEX SEEK m:MEASURES(subject, documentId, start, indicator)
    WHERE m.subject = p.id AND m.documentId IS NOT NULL AND m.start IS NOT NULL AND m.indicator IS NOT NULL
    RETURN {label: i.label, value: i.value, unit: i.unit} ORDER BY m.subject, m.documentId, m.start, m.indicator LIMIT 5
  }
}) AS projects
