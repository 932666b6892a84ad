// Remembers which reference data the graph holds, so the next import need not load it again.
MATCH (n:District {id: $root})
SET n.referenceHash = $hash
RETURN n.id AS id
