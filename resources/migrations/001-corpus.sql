-- Parley corpus schema, version 1. Offsets (start_cp, end_cp) count Unicode code points over document.text.
-- Times are ISO 8601 UTC instants (e.g. 2026-11-28T14:00:00.123Z).

CREATE TABLE corpus_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE coder (
  id      INTEGER PRIMARY KEY,
  uuid    TEXT NOT NULL UNIQUE,
  name    TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL
);

CREATE TABLE code_list (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE dimension (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind         TEXT NOT NULL CHECK (kind IN ('single', 'multi', 'text')),
  code_list_id INTEGER REFERENCES code_list (id),
  description  TEXT NOT NULL DEFAULT '',
  position     INTEGER NOT NULL,
  deleted      TEXT,
  CHECK ((kind = 'text') = (code_list_id IS NULL))
);

CREATE TABLE code (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  code_list_id INTEGER NOT NULL REFERENCES code_list (id) ON DELETE CASCADE,
  name         TEXT NOT NULL COLLATE NOCASE,
  colour       TEXT NOT NULL CHECK (colour GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
  key          TEXT CHECK (key IS NULL OR length(key) = 1),
  description  TEXT NOT NULL DEFAULT '',
  parent_id    INTEGER REFERENCES code (id) ON DELETE SET NULL,
  position     INTEGER NOT NULL,
  deleted      TEXT,
  UNIQUE (code_list_id, name),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX code_key ON code (code_list_id, key) WHERE key IS NOT NULL AND deleted IS NULL;

CREATE TABLE code_alias (
  code_id  INTEGER NOT NULL REFERENCES code (id) ON DELETE CASCADE,
  alias    TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (code_id, alias)
);

CREATE TABLE document (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  title       TEXT,
  text        TEXT NOT NULL CHECK (length(text) > 0),
  length_cp   INTEGER NOT NULL CHECK (length_cp = length(text)),
  sha256      TEXT NOT NULL UNIQUE,
  source      TEXT,
  author      TEXT,
  url         TEXT,
  published   TEXT,
  place       TEXT,
  language    TEXT,
  file_name   TEXT,
  file_sha256 TEXT,
  encoding    TEXT,
  imported    TEXT NOT NULL,
  deleted     TEXT
);
CREATE INDEX document_published ON document (published);

CREATE TABLE document_field (
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (document_id, name)
);

CREATE VIRTUAL TABLE document_fts USING fts5 (
  title, text, content = 'document', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE annotation (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
  start_cp    INTEGER NOT NULL,
  end_cp      INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  prefix      TEXT NOT NULL DEFAULT '',
  suffix      TEXT NOT NULL DEFAULT '',
  memo        TEXT NOT NULL DEFAULT '',
  status      TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
  coder_id    INTEGER NOT NULL REFERENCES coder (id),
  created     TEXT NOT NULL,
  modified    TEXT NOT NULL,
  deleted     TEXT,
  CHECK (0 <= start_cp AND start_cp < end_cp),
  CHECK (length(quote) = end_cp - start_cp)
);
CREATE INDEX annotation_document ON annotation (document_id, start_cp);

CREATE TABLE annotation_code (
  annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
  dimension_id  INTEGER NOT NULL REFERENCES dimension (id),
  code_id       INTEGER REFERENCES code (id),
  text_value    TEXT,
  position      INTEGER NOT NULL,
  CHECK ((code_id IS NULL) <> (text_value IS NULL)),
  UNIQUE (annotation_id, dimension_id, code_id)
);
CREATE INDEX annotation_code_code ON annotation_code (code_id);

CREATE TABLE memo (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  target      TEXT NOT NULL CHECK (target IN ('corpus', 'document', 'code')),
  target_uuid TEXT,
  text        TEXT NOT NULL,
  coder_id    INTEGER NOT NULL REFERENCES coder (id),
  created     TEXT NOT NULL,
  modified    TEXT NOT NULL,
  CHECK ((target = 'corpus') = (target_uuid IS NULL))
);

-- One row per change a user made: who, when, what, and the state before and after (JSON), so history
-- can be shown and undo has something to stand on.
CREATE TABLE audit (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  coder       TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_uuid TEXT,
  before      TEXT,
  after       TEXT
);
CREATE INDEX audit_entity ON audit (entity_uuid);
