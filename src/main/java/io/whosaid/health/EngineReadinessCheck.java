package io.whosaid.health;

import io.whosaid.service.EngineProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the NLP models are loaded and warmed up. */
@Readiness
@ApplicationScoped
public class EngineReadinessCheck implements HealthCheck {

    private final EngineProvider engines;

    public EngineReadinessCheck(EngineProvider engines) {
        this.engines = engines;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("attribution-engine").status(engines.isReady());
        if (engines.failure() != null) {
            response.withData("failure", engines.failure());
        }
        return response.build();
    }
}
