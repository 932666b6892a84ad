// The programme each project is part of (a DataLoader batch), by name.
// The index hint: one seek per id whatever the statistics say (see projectDepartments.cypher).
UNWIND $ids AS id
MATCH (x:Project {id: id})-[:PART_OF]->(p:Project)
USING INDEX SEEK x:Project(id)
WITH id, p ORDER BY p.name, p.id
RETURN id, collect(p {.id, .name, .aliases, .status, .sector, .startYear, .endYear}) AS projects
