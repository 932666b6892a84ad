// For each department (a DataLoader batch of {id, first}): the departments responsible for some of
// the same projects, with those projects; most shared projects first, then by name.
UNWIND $requests AS req
MATCH (d:Department {id: req.id})-[:RESPONSIBLE_FOR]->(p:Project)<-[:RESPONSIBLE_FOR]-(o:Department)
WHERE o <> d
WITH req, o, p ORDER BY p.name, p.id
WITH req, o, collect(DISTINCT p {.id, .name, .aliases, .status, .sector, .startYear, .endYear}) AS projects
ORDER BY size(projects) DESC, o.name ASC, o.id ASC
WITH req, collect({department: o {.id, .name, .aliases, .kind, .level, .reference}, sharedProjects: size(projects), projects: projects}) AS collaborators
RETURN req.id AS id, req.first AS first, collaborators[0..toInteger(req.first)] AS collaborators
