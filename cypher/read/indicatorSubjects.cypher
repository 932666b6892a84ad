// What each indicator measures (a DataLoader batch): a Project, Department or District.
// The index hint: one seek per id whatever the statistics say (see projectDepartments.cypher).
UNWIND $ids AS id
MATCH (x:Indicator {id: id})-[:MEASURES]->(s)
USING INDEX SEEK x:Indicator(id)
WITH id, s ORDER BY s.id
RETURN id, collect(s {.id, .name, .aliases, .level, .code, .reference, .kind, .status, .sector, .startYear, .endYear})[0] AS subject
