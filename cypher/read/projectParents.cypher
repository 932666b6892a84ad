// The programme each project is part of (a DataLoader batch), by name.
UNWIND $ids AS id
MATCH (:Project {id: id})-[:PART_OF]->(p:Project)
WITH id, p ORDER BY p.name, p.id
RETURN id, collect(p {.id, .name, .aliases, .status, .sector, .startYear, .endYear}) AS projects
