package io.switchboard.inference.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a worker's {@code GET /health} said: 200 is ready (a body of {@code queue_depth}, {@code running}, {@code
 * kv_cache_usage} is read when present, as vLLM answers 200 with none); another status or a refused connection is
 * not ready at once; no answer in time ({@link #SILENT}) is not ready only when it repeats.
 */
record HealthReport(boolean ready, int running, int queueDepth, double kvCacheUsage) {

    static final HealthReport DOWN = new HealthReport(false, 0, 0, 0);
    /** No answer within the health timeout: a worker may be busy rather than gone, so one alone does not count. */
    static final HealthReport SILENT = new HealthReport(false, 0, 0, 0);

    static final HealthReport UNKNOWN = new HealthReport(true, 0, 0, 0);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static HealthReport of(int status, String body) {
        if (status != 200) {
            return DOWN;
        }
        try {
            JsonNode json = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            return new HealthReport(
                    !"loading".equals(json.path("status").asString(""))
                            && !"draining".equals(json.path("status").asString("")),
                    Math.max(0, json.path("running").asInt(0)),
                    Math.max(0, json.path("queue_depth").asInt(0)),
                    Math.clamp(json.path("kv_cache_usage").asDouble(0), 0.0, 1.0));
        } catch (JacksonException e) {
            return new HealthReport(true, 0, 0, 0);
        }
    }

    /** Sequences on the worker, running or waiting. */
    int sequences() {
        return running + queueDepth;
    }
}
