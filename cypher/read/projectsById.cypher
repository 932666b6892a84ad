// Projects by id (a DataLoader batch); ids not in the graph are simply absent.
UNWIND $ids AS id
MATCH (n:Project {id: id})
RETURN n {.id, .name, .aliases, .status, .sector, .startYear, .endYear} AS node
