// Entities by exact name or alias (a DataLoader batch of {label, names}): `names` holds the name as
// asked and its simplified and traditional forms. An exact name is found through the label's name
// index; only when no name matches are the aliases searched (a list property, which no index
// covers). Districts proper first among several, then by id.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  UNWIND req.names AS nm
  CALL (req, nm) {
    WITH req, nm WHERE req.label = 'District'
    MATCH (n:District {name: nm})
    RETURN n
    UNION
    WITH req, nm WHERE req.label = 'Department'
    MATCH (n:Department {name: nm})
    RETURN n
    UNION
    WITH req, nm WHERE req.label = 'Project'
    MATCH (n:Project {name: nm})
    RETURN n
  }
  RETURN collect(DISTINCT n) AS exact
}
CALL (req, exact) {
  UNWIND CASE WHEN size(exact) = 0 THEN [req] ELSE [] END AS r
  CALL (r) {
    WITH r WHERE r.label = 'District'
    MATCH (n:District) WHERE any(a IN coalesce(n.aliases, []) WHERE a IN r.names)
    RETURN n
    UNION
    WITH r WHERE r.label = 'Department'
    MATCH (n:Department) WHERE any(a IN coalesce(n.aliases, []) WHERE a IN r.names)
    RETURN n
    UNION
    WITH r WHERE r.label = 'Project'
    MATCH (n:Project) WHERE any(a IN coalesce(n.aliases, []) WHERE a IN r.names)
    RETURN n
  }
  RETURN collect(DISTINCT n) AS byAlias
}
UNWIND CASE WHEN size(exact) > 0 THEN exact ELSE byAlias END AS n
WITH i, n ORDER BY CASE n.level WHEN 'DISTRICT' THEN 0 ELSE 1 END, n.id
RETURN i, collect(n {.id, .name, .aliases, .level, .code, .reference, .kind, .status, .sector, .startYear, .endYear})[0] AS node
