package io.whosaid.cache;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache access to the attribution cache table. */
@ApplicationScoped
public class CachedAttributionRepository implements PanacheRepositoryBase<CachedAttribution, String> {
}
