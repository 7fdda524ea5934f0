-- The PostgreSQL twin of db/migration/V1__attribution_cache.sql (H2): the same table, with TEXT
-- where H2 has CLOB (PostgreSQL has no CLOB). H2's script stays byte-for-byte as first released,
-- because Flyway refuses a database whose applied migration no longer matches its checksum.
CREATE TABLE attribution_cache (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    engine_version VARCHAR(100) NOT NULL,
    target         VARCHAR(20000),
    article_text   TEXT         NOT NULL,
    result_json    TEXT         NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);
