// A projects page item (inside collect({ … })): the key, the project, and what the request asks
// to prefetch for it (src/prefetch.ts), exactly as projectDepartments.cypher and indicators.cypher
// (a project's indicators in text order) return them. Needs n (the project), key and req in scope.
key: key,
// A stub (id and name) where the selection reads no more (src/stubs.ts); `null = false` is null, so
// a page without a prefetch reads whole rows.
node: CASE WHEN req.prefetch.projectDetails = false THEN n {.id, .name} ELSE n {.id, .name, .aliases, .status, .sector, .startYear, .endYear} END,
link: CASE WHEN size(req.departments) > 0
  THEN COLLECT { MATCH (n)<-[l:RESPONSIBLE_FOR]-(x:Department {id: req.departments[0]}) USING INDEX SEEK x:Department(id) RETURN l {.role, .roles, .documents, .evidence} }[0]
END,
departments: CASE WHEN req.prefetch.departments THEN COLLECT {
    MATCH (n)<-[r:RESPONSIBLE_FOR]-(d:Department)
    WITH r, d ORDER BY CASE r.role WHEN 'LEAD' THEN 0 WHEN 'PARTICIPANT' THEN 1 ELSE 2 END, d.name, d.id
    WITH r, CASE WHEN req.prefetch.details THEN d {.id, .name, .aliases, .kind, .level, .reference} ELSE d {.id, .name} END AS department
    RETURN CASE WHEN req.prefetch.provenance
      THEN r {.role, .roles, .documents, .evidence, department: department}
      ELSE r {.role, department: department} END
  } END,
// Document ids have one length, so (documentId, start) is the order of the position key: the
// first of a busy project's indicators come in that order from the measures_position index.
// MEASURES only ever leave indicators, one per indicator and subject: the degree is the total.
indicators: CASE WHEN req.prefetch.indicators IS NOT NULL THEN {
    total: COUNT { (n)<-[:MEASURES]-() },
    page: COLLECT {
      MATCH (x:Indicator)-[r:MEASURES]->()
      USING INDEX SEEK r:MEASURES(subject, documentId, start, indicator)
      WHERE r.subject = n.id AND r.documentId IS NOT NULL AND r.start IS NOT NULL AND r.indicator IS NOT NULL
      WITH x ORDER BY r.subject, r.documentId, r.start, r.indicator
      LIMIT toInteger($prefetchLimit)
      RETURN {key: x.documentId + ':' + substring('0000000000', size(toString(x.start))) + toString(x.start),
              node: CASE WHEN req.prefetch.indicatorDetails
                THEN x {.id, .label, .value, .unit, .normalizedValue, .baseUnit, .year, .kind, .measure, .approximate, .documentId, .start, .end, .quote}
                ELSE x {.id, .label, .value, .unit} END}
    }[0..toInteger(req.prefetch.indicators) + 1]
  } END
