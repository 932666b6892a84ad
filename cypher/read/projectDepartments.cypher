// The departments responsible for each project (a DataLoader batch), with their RESPONSIBLE_FOR
// link: leads first, then participants, then the rest; by name within each. The hint keeps the
// planner on one index seek per id: on a small graph it otherwise may scan every project id.
UNWIND $ids AS id
MATCH (p:Project {id: id})<-[r:RESPONSIBLE_FOR]-(d:Department)
USING INDEX SEEK p:Project(id)
WITH id, r, d ORDER BY CASE r.role WHEN 'LEAD' THEN 0 WHEN 'PARTICIPANT' THEN 1 ELSE 2 END, d.name, d.id
// Provenance (roles per document, documents, evidence) only when asked: on a busy relation these
// lists run to thousands of entries. Without $details each department is a stub (id and name):
// a busy project has hundreds of departments, most selections read only their names.
WITH id, r, CASE WHEN $details THEN d {.id, .name, .aliases, .kind, .level, .reference} ELSE d {.id, .name} END AS department
RETURN id, collect(CASE WHEN $provenance
  THEN r {.role, .roles, .documents, .evidence, department: department}
  ELSE r {.role, department: department} END) AS departments
