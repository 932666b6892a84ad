// For each department (a DataLoader batch of {id, first}): the departments responsible for some of
// the same projects, with those projects; most shared projects first, then by name. Collaborators
// are ranked by their counts alone, and only the first `first` get their projects collected: a
// busy department has hundreds of collaborators, a page needs ten.
UNWIND $requests AS req
MATCH (d:Department {id: req.id})
CALL (d, req) {
  MATCH (d)-[:RESPONSIBLE_FOR]->(p:Project)<-[:RESPONSIBLE_FOR]-(o:Department)
  WHERE o <> d
  WITH d, req, o, count(DISTINCT p) AS shared
  ORDER BY shared DESC, o.name ASC, o.id ASC
  WITH d, req, collect({o: o, shared: shared}) AS ranked
  WITH d, ranked[0..toInteger(req.first)] AS top
  UNWIND range(0, size(top) - 1) AS rank
  WITH d, rank, top[rank].o AS o, top[rank].shared AS shared
  CALL (d, o) {
    MATCH (d)-[:RESPONSIBLE_FOR]->(p:Project)<-[:RESPONSIBLE_FOR]-(o)
    WITH DISTINCT p ORDER BY p.name, p.id
    RETURN collect(p {.id, .name, .aliases, .status, .sector, .startYear, .endYear}) AS projects
  }
  WITH rank, o, shared, projects ORDER BY rank
  RETURN collect({department: o {.id, .name, .aliases, .kind, .level, .reference}, sharedProjects: shared, projects: projects}) AS collaborators
}
RETURN req.id AS id, req.first AS first, collaborators
