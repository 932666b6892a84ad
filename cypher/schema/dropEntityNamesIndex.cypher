// Drops the full-text index so that indexes.cypher recreates it with its current options.
DROP INDEX entity_names IF EXISTS
