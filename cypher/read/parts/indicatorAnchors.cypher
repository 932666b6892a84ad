// The indicators a request's anchor finds (n, one row each): the first of its conditions that an
// index or a walk from one node answers, or every indicator when it has none. Needs req.
CALL (req) {
  WITH req WHERE req.document IS NOT NULL
  MATCH (n:Indicator {documentId: req.document})
  RETURN n
  UNION ALL
  WITH req WHERE req.document IS NULL AND req.subjects[0] STARTS WITH 'prj_'
  MATCH (a:Project {id: req.subjects[0]})<-[:MEASURES]-(n:Indicator)
  USING INDEX SEEK a:Project(id)
  RETURN DISTINCT n
  UNION ALL
  WITH req WHERE req.document IS NULL AND req.subjects[0] STARTS WITH 'dep_'
  MATCH (a:Department {id: req.subjects[0]})<-[:MEASURES]-(n:Indicator)
  USING INDEX SEEK a:Department(id)
  RETURN DISTINCT n
  UNION ALL
  WITH req WHERE req.document IS NULL AND req.subjects[0] STARTS WITH 'dis_'
  MATCH (a:District {id: req.subjects[0]})<-[:MEASURES]-(n:Indicator)
  USING INDEX SEEK a:District(id)
  RETURN DISTINCT n
  UNION ALL
  WITH req WHERE req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) > 0
  MATCH (a:Department {id: req.departments[0]})-[:RESPONSIBLE_FOR]->{0,1}()<-[:MEASURES]-(n:Indicator)
  USING INDEX SEEK a:Department(id)
  RETURN DISTINCT n
  UNION ALL
  WITH req WHERE req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) > 0
  MATCH (a:District {id: req.within[0]})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN|PART_OF]-{0,1}()<-[:MEASURES]-(n:Indicator)
  USING INDEX SEEK a:District(id)
  RETURN DISTINCT n
  UNION ALL
  // Kinds and a year (range): through the (kind, year) index, one seek per kind — 2025's targets
  // without reading 2025's actual figures.
  UNWIND CASE WHEN req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0
               AND (req.year.min IS NOT NULL OR req.year.max IS NOT NULL) AND req.kinds IS NOT NULL
               THEN reduce(seen = [], x IN req.kinds | CASE WHEN x IN seen THEN seen ELSE seen + x END) ELSE [] END AS k
  MATCH (n:Indicator)
  WHERE n.kind = k AND n.year >= coalesce(req.year.min, -2147483648) AND n.year <= coalesce(req.year.max, 2147483647)
  RETURN n
  UNION ALL
  // A year or a year range alone: through the year index (indicator_year), not every indicator.
  UNWIND CASE WHEN req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0
               AND (req.year.min IS NOT NULL OR req.year.max IS NOT NULL) AND req.kinds IS NULL THEN [req.year] ELSE [] END AS y
  MATCH (n:Indicator)
  WHERE n.year >= coalesce(y.min, -2147483648) AND n.year <= coalesce(y.max, 2147483647)
  RETURN n
  UNION ALL
  // No anchor: every indicator. (Unwinding the condition keeps the planner from scanning first.)
  UNWIND CASE WHEN req.document IS NULL AND size(req.subjects) = 0 AND size(req.departments) = 0 AND size(req.within) = 0
               AND req.year.min IS NULL AND req.year.max IS NULL THEN [true] ELSE [] END AS scan
  MATCH (n:Indicator)
  RETURN n
}
