package io.switchboard.platform.auth;

import io.switchboard.platform.web.ApiProblem;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.server.ServerWebExchange;

/** Who is calling, as established by {@link Authentication}; handlers decide what the caller may touch. */
public sealed interface Caller {

    String ATTRIBUTE = Caller.class.getName();

    /** How the caller appears in the audit log: never the key itself. */
    String actor();

    /** The platform operator, holder of {@code switchboard.operator-key}. */
    record Operator() implements Caller {
        @Override
        public String actor() {
            return "operator";
        }
    }

    /** A tenant's secret key, with its scopes. */
    record TenantKey(UUID tenantId, UUID keyId, String displayPrefix, Set<String> scopes) implements Caller {
        @Override
        public String actor() {
            return "key:" + displayPrefix;
        }
    }

    /** The caller of this exchange; the authentication filter guarantees one on protected routes. */
    static Caller of(ServerWebExchange exchange) {
        Caller caller = exchange.getAttribute(ATTRIBUTE);
        if (caller == null) {
            throw ApiProblem.unauthenticated(null);
        }
        return caller;
    }

    /** Only the operator may do this; a tenant key gets 403. */
    default void requireOperator() {
        if (!(this instanceof Operator)) {
            throw ApiProblem.forbidden("Only the platform operator may do this");
        }
    }

    /**
     * The caller may act on {@code tenantId} with {@code scope}: the operator always; a tenant key only on its
     * own tenant. Another tenant's id answers 404, exactly as an id that does not exist, so ids leak nothing.
     */
    default void requireTenant(UUID tenantId, String scope) {
        switch (this) {
            case Operator o -> {}
            case TenantKey k when !k.tenantId().equals(tenantId) -> throw ApiProblem.notFound("Tenant");
            case TenantKey k
            when !k.scopes().contains(scope) -> throw ApiProblem.forbidden("This key lacks the '" + scope + "' scope");
            case TenantKey k -> {}
        }
    }
}
