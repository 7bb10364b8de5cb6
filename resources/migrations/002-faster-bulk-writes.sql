-- Parley corpus schema, version 2: cheaper bulk writes; nothing a user sees changes.

-- FTS5 keeps up to 16 MB of new index terms in memory before it writes them as a segment (its default is
-- 1 MB). A batch import indexes each chunk of files (up to 16 million characters) in one statement: with
-- the larger buffer a chunk becomes one segment instead of a dozen small ones that FTS5 must merge later,
-- which made indexing about a quarter faster. Single edits never come near the limit. FTS5 keeps the
-- setting in the index's own config table; an SQLite that does not know it ignores it.
INSERT INTO document_fts (document_fts, rank) VALUES ('hashsize', 16777216);

-- No query looks audit rows up by entity (history is read newest first, by id); the index made every
-- change pay a random B-tree insert on a 36-character key. A history-of-one-entity view adds the index it needs.
DROP INDEX audit_entity;
