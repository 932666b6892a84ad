// Benchmark floor: the shortest path between two entities over the domain relationships.
MATCH (a:Department {id: $from}), (b:Project {id: $to})
MATCH p = shortestPath((a)-[:PART_OF|LOCATED_IN|RESPONSIBLE_FOR|MEASURES*..6]-(b))
RETURN [r IN relationships(p) | {from: startNode(r).id, relationship: type(r), to: endNode(r).id}] AS steps
