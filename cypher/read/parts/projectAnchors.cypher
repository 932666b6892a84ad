// The projects a request's anchor finds (n, one row each): the first of its conditions that an
// index or a walk from one node answers, or every project when it has none. Needs req.
// Anchors seek their start by id (the hints keep the planner from scanning every id on a small graph).
CALL (req) {
  WITH req WHERE size(req.departments) > 0
  MATCH (a:Department {id: req.departments[0]})-[:RESPONSIBLE_FOR]->(n:Project)
  USING INDEX SEEK a:Department(id)
  RETURN DISTINCT n
  UNION ALL
  WITH req WHERE size(req.departments) = 0 AND req.partOf IS NOT NULL
  MATCH (a:Project {id: req.partOf})<-[:PART_OF]-(n:Project)
  USING INDEX SEEK a:Project(id)
  RETURN DISTINCT n
  UNION ALL
  WITH req WHERE size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) > 0
  MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(n:Project)
  USING INDEX SEEK a:District(id)
  RETURN DISTINCT n
  UNION ALL
  WITH req WHERE size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0 AND req.document IS NOT NULL
  MATCH (a:Document {id: req.document})<-[:MENTIONED_IN]-(n:Project)
  USING INDEX SEEK a:Document(id)
  RETURN DISTINCT n
  UNION ALL
  // Only statuses: through the status index (project_status), not every project.
  UNWIND CASE WHEN size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0 AND req.document IS NULL
               AND req.statuses IS NOT NULL THEN reduce(seen = [], s IN req.statuses | CASE WHEN s IN seen THEN seen ELSE seen + s END) ELSE [] END AS st
  MATCH (n:Project {status: st})
  RETURN n
  UNION ALL
  // No anchor: every project. (Unwinding the condition keeps the planner from scanning first.)
  UNWIND CASE WHEN size(req.departments) = 0 AND req.partOf IS NULL AND size(req.within) = 0 AND req.document IS NULL
               AND req.statuses IS NULL THEN [true] ELSE [] END AS scan
  MATCH (n:Project)
  RETURN n
}
