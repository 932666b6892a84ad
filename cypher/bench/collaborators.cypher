// Benchmark floor: departments sharing projects with one department, most shared first.
MATCH (this:Department {name: $name})-[:RESPONSIBLE_FOR]->(p:Project)<-[:RESPONSIBLE_FOR]-(other:Department)
WHERE other <> this
WITH other, collect(DISTINCT p.name) AS projects
RETURN other.name AS name, size(projects) AS sharedProjects, projects
ORDER BY sharedProjects DESC, name
LIMIT $first
