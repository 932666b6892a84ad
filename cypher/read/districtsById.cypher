// Places by id (a DataLoader batch); ids not in the graph are simply absent.
UNWIND $ids AS id
MATCH (n:District {id: id})
RETURN n {.id, .name, .aliases, .level, .code, .reference} AS node
