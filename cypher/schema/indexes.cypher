// Lookups the importer and the API make by something other than id.
CREATE INDEX document_key IF NOT EXISTS FOR (n:Document) ON (n.key);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
CREATE INDEX district_name IF NOT EXISTS FOR (n:District) ON (n.name);
CREATE INDEX district_level IF NOT EXISTS FOR (n:District) ON (n.level);
CREATE INDEX department_name IF NOT EXISTS FOR (n:Department) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX indicator_year IF NOT EXISTS FOR (n:Indicator) ON (n.year);
CREATE INDEX indicator_kind_measure IF NOT EXISTS FOR (n:Indicator) ON (n.kind, n.measure);
CREATE INDEX indicator_kind_year IF NOT EXISTS FOR (n:Indicator) ON (n.kind, n.year);
CREATE INDEX indicator_kind_year_value IF NOT EXISTS FOR (n:Indicator) ON (n.kind, n.year, n.normalizedValue);
CREATE INDEX indicator_document IF NOT EXISTS FOR (n:Indicator) ON (n.documentId);
// A place's projects in name order (projects.cypher): each LOCATED_IN carries its place's id and its
// project's name and id (set when it is created; a project's name never changes).
CREATE INDEX located_in_page IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.place, r.name, r.project);
// A project's indicators in text order (the indicators a projects page prefetches): each MEASURES
// link to a project carries the project's id and its indicator's document id, start and id.
CREATE INDEX measures_position IF NOT EXISTS FOR ()-[r:MEASURES]-() ON (r.subject, r.documentId, r.start, r.indicator);
// Full-text search over names and aliases in both scripts and toneless pinyin. The cjk analyzer
// indexes Han text as overlapping bigrams, so any two-character run of a name finds it.
// Eventually consistent: Lucene is updated by a background thread after commit, not inside every
// import transaction (it was over a third of a document's commit time). Writers that need search
// to see what they wrote wait for it (awaitSearchIndex in import/load.ts); migrate.ts replaces an
// index created with other options.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:District|Department|Project) ON EACH [n.name, n.searchText, n.searchPinyin]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
