// The district each document is about (a DataLoader batch).
// The index hint: one seek per id whatever the statistics say (see projectDepartments.cypher).
UNWIND $ids AS id
MATCH (x:Document {id: id})-[:ABOUT]->(p:District)
USING INDEX SEEK x:Document(id)
WITH id, p ORDER BY p.id
RETURN id, collect(p {.id, .name, .aliases, .level, .code, .reference})[0] AS district
