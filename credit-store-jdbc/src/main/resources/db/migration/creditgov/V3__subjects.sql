-- credit-store-jdbc, version 3: the subject directory (DES-7, PRI-1, PRI-3), the one place a
-- subject's details live, apart from the events, which name subjects by reference only.
-- Portable SQL: the same statements run on PostgreSQL 14+ and on H2 2.x in PostgreSQL mode.

-- One subject, keyed by its reference: the subject type and the identifier (an organisation's
-- unified social credit code, a natural person's identity document number). display_name is the
-- masked view (MaskedSubject: a person's name masked, an organisation's registered name whole),
-- kept from the put until the row is erased. The detail columns hold the full details: the name,
-- and for a natural person the kind of identity document (its number is subject_id) and the birth
-- date as ISO-8601 text (so that every date a value may hold reads back exactly). Masking sets the
-- detail columns to NULL: the details are gone from the row, not flagged; erasing deletes the row.
-- The check keeps a row either full (the details its type needs, and no others) or masked (none).
CREATE TABLE cg_subject (
  subject_type  VARCHAR(40) NOT NULL,
  subject_id    VARCHAR(64) NOT NULL,
  display_name  VARCHAR     NOT NULL,
  name          VARCHAR,
  document_kind VARCHAR(40),
  birth_date    VARCHAR(20),
  CONSTRAINT cg_subject_pk PRIMARY KEY (subject_type, subject_id),
  CONSTRAINT cg_subject_details CHECK (
    (name IS NULL AND document_kind IS NULL AND birth_date IS NULL)
    OR (subject_type = 'NATURAL_PERSON' AND name IS NOT NULL AND document_kind IS NOT NULL AND birth_date IS NOT NULL)
    OR (subject_type <> 'NATURAL_PERSON' AND name IS NOT NULL AND document_kind IS NULL AND birth_date IS NULL))
);
