// Benchmark floor: departments by name, one page, each with how many projects it is responsible for.
MATCH (d:Department)
WITH d ORDER BY d.name
WITH collect(d) AS found
RETURN size(found) AS totalCount,
       [d IN found[0..$first] | {name: d.name, projects: COUNT { (d)-[:RESPONSIBLE_FOR]->(:Project) }}] AS nodes
