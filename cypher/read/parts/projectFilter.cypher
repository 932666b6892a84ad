// True when project n meets the request's conditions beyond its anchor's (an expression, spliced
// into a WHERE). A check that names an entity by id seeks it (SEEK hint) or walks from n to an
// unlabeled node: a labelled id without a hint lets a small graph's planner read the whole id index.
(req.names IS NULL OR any(q IN req.names WHERE toLower(n.name) CONTAINS q OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q)))
  AND all(w IN withinLeft WHERE EXISTS { (n)-[:LOCATED_IN]->(:District)-[:PART_OF]->{0,4}(x) WHERE x.id = w })
  AND all(dep IN req.departments WHERE (dep = req.departments[0] AND req.roles IS NULL) OR EXISTS { MATCH (n)<-[r:RESPONSIBLE_FOR]-(x:Department {id: dep}) USING INDEX SEEK x:Department(id) WHERE req.roles IS NULL OR r.role IN req.roles })
  AND (req.roles IS NULL OR size(req.departments) > 0 OR EXISTS { ()-[r:RESPONSIBLE_FOR]->(n) WHERE r.role IN req.roles })
  AND (req.statuses IS NULL OR n.status IN req.statuses)
  AND (req.sectors IS NULL OR n.sector IN req.sectors)
  AND (req.startYear.min IS NULL OR n.startYear >= req.startYear.min)
  AND (req.startYear.max IS NULL OR n.startYear <= req.startYear.max)
  AND (req.endYear.min IS NULL OR n.endYear >= req.endYear.min)
  AND (req.endYear.max IS NULL OR n.endYear <= req.endYear.max)
  AND (req.partOf IS NULL OR size(req.departments) = 0 OR EXISTS { MATCH (n)-[:PART_OF]->(x:Project {id: req.partOf}) USING INDEX SEEK x:Project(id) })
  AND (req.document IS NULL OR (size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0) OR EXISTS { MATCH (n)-[:MENTIONED_IN]->(x:Document {id: req.document}) USING INDEX SEEK x:Document(id) })
