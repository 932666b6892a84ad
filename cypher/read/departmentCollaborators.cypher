// For each department (a DataLoader batch of {id, first}): the departments responsible for some of
// the same projects, with those projects; most shared projects first, then by name. Collaborators
// are ranked by their number of shared projects, and only the first `first` get those projects read: a
// busy department has hundreds of collaborators, a page needs ten. Without `details` the projects
// come as id and name only (all the selection needs; a busy pair shares hundreds of projects), and
// without `departmentDetails` the collaborating departments too.
UNWIND $requests AS req
MATCH (d:Department {id: req.id})
USING INDEX SEEK d:Department(id)
CALL (d, req) {
  MATCH (d)-[:RESPONSIBLE_FOR]->(p:Project)<-[:RESPONSIBLE_FOR]-(o:Department)
  WHERE o <> d
  WITH req, o, collect(DISTINCT p) AS projects
  ORDER BY size(projects) DESC, o.name ASC, o.id ASC
  WITH req, collect({o: o, projects: projects}) AS ranked
  UNWIND range(0, size(ranked[0..toInteger(req.first)]) - 1) AS rank
  WITH rank, ranked[rank].o AS o, ranked[rank].projects AS shared
  CALL (shared, req) {
    UNWIND shared AS p
    WITH p ORDER BY p.name, p.id
    RETURN collect(CASE WHEN req.details THEN p {.id, .name, .aliases, .status, .sector, .startYear, .endYear} ELSE p {.id, .name} END) AS projects
  }
  WITH rank, o, size(shared) AS shared, projects ORDER BY rank
  RETURN collect({
    department: CASE WHEN req.departmentDetails THEN o {.id, .name, .aliases, .kind, .level, .reference} ELSE o {.id, .name} END,
    sharedProjects: shared, projects: projects
  }) AS collaborators
}
RETURN req.id AS id, req.first AS first, req.details AS details, req.departmentDetails AS departmentDetails, collaborators
