// Every department by name, for page requests with no filter in ascending order (src/connections.ts
// picks this file): the page comes from the department_name index in order and the total from the
// count store, so a page costs the same however large the graph grows. Rows as departments.cypher.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  MATCH (n:Department)
  WHERE n.name >= coalesce(req.after.key, '')
    AND (req.after IS NULL OR n.name > req.after.key OR n.id > req.after.id)
  WITH n ORDER BY n.name ASC, n.id ASC
  LIMIT toInteger($limit)
  RETURN collect({
    key: n.name,
    node: n {.id, .name, .aliases, .kind, .level, .reference},
    projectCount: CASE WHEN req.prefetch.projectCount THEN COUNT { MATCH (n)-[:RESPONSIBLE_FOR]->(p:Project) RETURN DISTINCT p } END
  }) AS page
}
CALL () {
  MATCH (m:Department)
  RETURN count(m) AS total
}
CALL (req) {
  OPTIONAL MATCH (m:Department)
  WHERE req.after IS NOT NULL AND m.name <= req.after.key AND (m.name < req.after.key OR m.id <= req.after.id)
  RETURN count(m) AS before
}
RETURN i, total, before, page
