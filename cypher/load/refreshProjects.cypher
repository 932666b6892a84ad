// A project's status, sector and years are those of its most recent report (by document date).
UNWIND $ids AS id
MATCH (n:Project {id: id})
CALL (n) {
  OPTIONAL MATCH (n)-[rep:REPORTED_IN]->(d:Document)
  WITH rep, d ORDER BY coalesce(d.publishedAt, date({year: coalesce(d.year, 1900), month: 12, day: 31})) DESC
  RETURN collect(rep)[0] AS latest,
         [r IN collect(rep) WHERE r.sector IS NOT NULL | r.sector][0] AS sector,
         min(rep.startYear) AS startYear, max(rep.endYear) AS endYear
}
SET n.status = coalesce(latest.status, 'UNKNOWN'), n.sector = sector, n.startYear = startYear, n.endYear = endYear
RETURN count(n) AS refreshed
