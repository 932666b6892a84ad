// Entities by exact name or alias (a DataLoader batch of {label, names}): `names` holds the name as
// asked and its simplified and traditional forms. Exact names first, then aliases, then by id.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  WITH req WHERE req.label = 'District'
  MATCH (n:District) WHERE n.name IN req.names OR any(a IN coalesce(n.aliases, []) WHERE a IN req.names)
  RETURN n, n.name IN req.names AS exact
  UNION
  WITH req WHERE req.label = 'Department'
  MATCH (n:Department) WHERE n.name IN req.names OR any(a IN coalesce(n.aliases, []) WHERE a IN req.names)
  RETURN n, n.name IN req.names AS exact
  UNION
  WITH req WHERE req.label = 'Project'
  MATCH (n:Project) WHERE n.name IN req.names OR any(a IN coalesce(n.aliases, []) WHERE a IN req.names)
  RETURN n, n.name IN req.names AS exact
}
WITH i, n, exact ORDER BY exact DESC, CASE n.level WHEN 'DISTRICT' THEN 0 ELSE 1 END, n.id
RETURN i, collect(n {.id, .name, .aliases, .level, .code, .reference, .kind, .status, .sector, .startYear, .endYear})[0] AS node
