// Entities by exact name or alias (a DataLoader batch of {label, names}): `names` holds the name as
// asked and its simplified and traditional forms. An exact name is found through the label's name
// index; only when no name matches are the aliases searched (a list property, which no index
// covers), and for places their lookup names too (朝阳 for 朝阳区: mergeReferencePlaces).
// Districts proper first among several, then by id.
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
    MATCH (n:District) WHERE any(a IN coalesce(n.aliases, []) + coalesce(n.lookupNames, []) WHERE a IN r.names)
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
WITH i, req, n ORDER BY CASE n.level WHEN 'DISTRICT' THEN 0 ELSE 1 END, n.id
WITH i, req, collect(n)[0] AS n
// Prefetched for Department.collaborators(first) (src/prefetch.ts), as departmentCollaborators.cypher
// returns them: ranked by shared projects, which are read for the first `first` only (as id and name
// unless `collaboratorDetails`; the departments likewise unless `collaboratorDepartmentDetails`).
// Nothing is read unless asked for.
CALL (req, n) {
  WITH n WHERE req.collaborators IS NOT NULL AND n:Department
  MATCH (n)-[:RESPONSIBLE_FOR]->(p:Project)<-[:RESPONSIBLE_FOR]-(o:Department)
  WHERE o <> n
  WITH req, o, collect(DISTINCT p) AS projects
  ORDER BY size(projects) DESC, o.name ASC, o.id ASC
  WITH req, collect({o: o, projects: projects}) AS ranked
  UNWIND range(0, size(ranked[0..toInteger(req.collaborators)]) - 1) AS rank
  WITH rank, ranked[rank].o AS o, ranked[rank].projects AS shared
  CALL (shared, req) {
    UNWIND shared AS p
    WITH p ORDER BY p.name, p.id
    RETURN collect(CASE WHEN req.collaboratorDetails THEN p {.id, .name, .aliases, .status, .sector, .startYear, .endYear} ELSE p {.id, .name} END) AS projects
  }
  WITH rank, o, size(shared) AS shared, projects ORDER BY rank
  RETURN collect({
    department: CASE WHEN req.collaboratorDepartmentDetails THEN o {.id, .name, .aliases, .kind, .level, .reference} ELSE o {.id, .name} END,
    sharedProjects: shared, projects: projects
  }) AS collaborators
}
RETURN i, n {.id, .name, .aliases, .level, .code, .reference, .kind, .status, .sector, .startYear, .endYear} AS node,
  CASE WHEN req.collaborators IS NOT NULL THEN collaborators END AS collaborators
