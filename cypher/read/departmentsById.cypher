// Departments by id (a DataLoader batch); ids not in the graph are simply absent.
UNWIND $ids AS id
MATCH (n:Department {id: id})
RETURN n {.id, .name, .aliases, .kind, .level, .reference} AS node
