-- One row per attributed request. The id is the SHA-256 (hex) of the engine version, the stance
-- target and the exact text; text and target are stored again so that a hit can be verified
-- (a hash collision must never serve another article's quotes).
CREATE TABLE attribution_cache (
    id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    engine_version VARCHAR(100) NOT NULL,
    target         VARCHAR(20000),
    article_text   CLOB         NOT NULL,
    result_json    CLOB         NOT NULL,
    created_at     TIMESTAMP    NOT NULL
);
