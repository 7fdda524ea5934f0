-- One row per attributed request. The id is the SHA-256 (hex) of the engine version, the stance
-- target and the exact text; text and target are stored again so that a hit can be verified
-- (a hash collision must never serve another article's quotes). One script for H2 and PostgreSQL:
-- ${unbounded_text} is CLOB on H2 and TEXT on PostgreSQL (application.properties).
CREATE TABLE attribution_cache (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    engine_version VARCHAR(100) NOT NULL,
    target         VARCHAR(20000),
    article_text   ${unbounded_text} NOT NULL,
    result_json    ${unbounded_text} NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);
