package io.whosaid.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Many articles at once, each as a single request would send it. */
@Schema(description = "Up to whosaid.batch-max-articles articles (default 100)")
public record BatchRequest(List<AttributionRequest> articles) {
}
