// What each indicator measures (a DataLoader batch): a Project, Department or District.
UNWIND $ids AS id
MATCH (:Indicator {id: id})-[:MEASURES]->(s)
WITH id, s ORDER BY s.id
RETURN id, collect(s {.id, .name, .aliases, .level, .code, .reference, .kind, .status, .sector, .startYear, .endYear})[0] AS subject
