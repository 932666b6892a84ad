// The district each document is about (a DataLoader batch).
UNWIND $ids AS id
MATCH (:Document {id: id})-[:ABOUT]->(p:District)
WITH id, p ORDER BY p.id
RETURN id, collect(p {.id, .name, .aliases, .level, .code, .reference})[0] AS district
