// Links written before the indexes that read them existed (schemaCheck.ts): true when any LOCATED_IN
// link, or MEASURES link to a project, lacks the keys that migrate.ts fills in.
RETURN
  EXISTS { MATCH ()-[r:LOCATED_IN]->() WHERE r.place IS NULL OR r.name IS NULL OR r.project IS NULL } AS locatedIn,
  EXISTS { MATCH (:Indicator)-[r:MEASURES]->(:Project) WHERE r.subject IS NULL OR r.documentId IS NULL OR r.start IS NULL OR r.indicator IS NULL } AS measures
