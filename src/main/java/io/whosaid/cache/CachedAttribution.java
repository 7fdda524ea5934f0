package io.whosaid.cache;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

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

    @Lob
    @Column(name = "article_text", nullable = false)
    public String articleText;

    @Lob
    @Column(name = "result_json", nullable = false)
    public String resultJson;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
