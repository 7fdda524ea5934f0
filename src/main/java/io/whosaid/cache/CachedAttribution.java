package io.whosaid.cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored attribution result, keyed by {@link CacheKey}. */
@Entity
@Table(name = "attribution_cache")
public class CachedAttribution {

    @Id
    @Column(length = 64)
    public String id;

    @Column(name = "engine_version", nullable = false, length = 100)
    public String engineVersion;

    @Column(length = 20000)
    public String target;

    // CLOB on H2, TEXT on PostgreSQL (db/migration, db/migration-postgresql); LONG32VARCHAR is
    // Hibernate's type for both (a JPA @Lob would make PostgreSQL store large-object references).
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "article_text", nullable = false)
    public String articleText;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "result_json", nullable = false)
    public String resultJson;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
