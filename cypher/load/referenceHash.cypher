// The hash of the reference data last loaded into the graph (kept on 北京市; none when not loaded).
MATCH (n:District {id: $root})
RETURN n.referenceHash AS referenceHash
