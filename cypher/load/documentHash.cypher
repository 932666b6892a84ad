// The content hash of a document already in the graph (no row when it is new), and whether it
// recorded the relations it asserts (documents loaded before relationKeys existed did not).
CYPHER replan=skip
MATCH (d:Document {key: $key})
RETURN d.contentHash AS contentHash, d.relationKeys IS NOT NULL AS relationsRecorded
