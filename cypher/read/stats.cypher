// Counts per label and per relationship type of the policy-graph model. Each COUNT is answered
// from the count store (NodeCountFromCountStore / RelationshipCountFromCountStore), so this costs
// the same on ten documents as on ten thousand. Labels and types are listed because a dynamic
// `MATCH (n:$(label))` falls back to a scan of every node.
RETURN [
  {label: 'District', count: COUNT { (:District) }},
  {label: 'Department', count: COUNT { (:Department) }},
  {label: 'Project', count: COUNT { (:Project) }},
  {label: 'Indicator', count: COUNT { (:Indicator) }},
  {label: 'Document', count: COUNT { (:Document) }}
] AS labels,
[
  {type: 'PART_OF', count: COUNT { ()-[:PART_OF]->() }},
  {type: 'RESPONSIBLE_FOR', count: COUNT { ()-[:RESPONSIBLE_FOR]->() }},
  {type: 'LOCATED_IN', count: COUNT { ()-[:LOCATED_IN]->() }},
  {type: 'MEASURES', count: COUNT { ()-[:MEASURES]->() }},
  {type: 'MENTIONED_IN', count: COUNT { ()-[:MENTIONED_IN]->() }},
  {type: 'REPORTED_IN', count: COUNT { ()-[:REPORTED_IN]->() }},
  {type: 'ABOUT', count: COUNT { ()-[:ABOUT]->() }}
] AS relationships
