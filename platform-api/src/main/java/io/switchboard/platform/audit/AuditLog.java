package io.switchboard.platform.audit;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Appends admin actions to {@code audit_log}; called inside the transaction of the action it records. */
@Component
public class AuditLog {

    private final JsonMapper json;

    AuditLog(JsonMapper json) {
        this.json = json;
    }

    /** Records one action; {@code details} must hold no secret. */
    public void record(
            JdbcClient db,
            String actor,
            @Nullable UUID tenantId,
            String action,
            String target,
            Map<String, ?> details) {
        db.sql("INSERT INTO audit_log (tenant_id, actor, action, target, details) VALUES (?, ?, ?, ?, ?::jsonb)")
                .params(tenantId, actor, action, target, json.writeValueAsString(details))
                .update();
    }
}
