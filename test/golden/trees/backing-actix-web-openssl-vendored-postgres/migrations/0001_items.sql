-- The example resource behind GET/POST /items. Add a new file for each change (0002_….sql, …): the service applies
-- the ones the database has not seen at start, and never an edited one (sqlx stops at a changed checksum).
CREATE TABLE items (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
