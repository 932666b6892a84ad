// A project's status and sector are those of its latest report (by document date, then document
// key), its years span all its reports: recomputed from every report, for the projects a changed
// document reports or reported ($all), else only for projects that lack statusAsOf (loaded before
// mergeProjects kept it up to date).
// Runs for a batch of documents ($docs, in load order): one statement for all of them, not one each.
CYPHER replan=skip
UNWIND $docs AS doc
CALL (doc) {
  UNWIND doc.ids AS id
  MATCH (n:Project {id: id})
  WHERE doc.all OR n.statusAsOf IS NULL
  CALL (n) {
    MATCH (n)-[rep:REPORTED_IN]->(d:Document)
    WITH rep, toString(coalesce(d.publishedAt, date({year: coalesce(d.year, 1900), month: 12, day: 31}))) + '|' + d.key AS asOf
    ORDER BY asOf DESC
    WITH collect({status: rep.status, sector: rep.sector, asOf: asOf}) AS reports, min(rep.startYear) AS startYear, max(rep.endYear) AS endYear
    RETURN reports[0] AS latest, [r IN reports WHERE r.sector IS NOT NULL][0] AS latestSector, startYear, endYear
  }
  SET n.status = coalesce(latest.status, 'UNKNOWN'), n.statusAsOf = coalesce(latest.asOf, ''),
      n.sector = latestSector.sector, n.sectorAsOf = coalesce(latestSector.asOf, ''),
      n.startYear = startYear, n.endYear = endYear
  RETURN count(n) AS refreshed
}
RETURN sum(refreshed) AS refreshed
