// The state of each index named in $names (schemaCheck.ts): a name that is missing is absent.
SHOW INDEXES YIELD name, state
WHERE name IN $names
RETURN name, state
