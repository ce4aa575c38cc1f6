-- Switchboard's first schema: tenants, plans, keys, domain configuration, conversations and their
-- transcript, usage, webhooks and the admin audit log. Identifiers are UUIDs made by the application.

CREATE TABLE plans (
    id                      text PRIMARY KEY,
    display_name            text        NOT NULL,
    -- quota = base * (1 + c_complexity*c + c_history*h - c_load*l), clamped to [min, max]; cost units per minute
    base_per_minute         numeric     NOT NULL CHECK (base_per_minute > 0),
    min_per_minute          numeric     NOT NULL CHECK (min_per_minute > 0),
    max_per_minute          numeric     NOT NULL,
    coefficient_complexity  numeric     NOT NULL DEFAULT 0.3,
    coefficient_history     numeric     NOT NULL DEFAULT 0.15,
    coefficient_load        numeric     NOT NULL DEFAULT 0.25,
    burst_seconds           integer     NOT NULL DEFAULT 10 CHECK (burst_seconds > 0),
    max_concurrent_streams  integer     NOT NULL CHECK (max_concurrent_streams > 0),
    fail_mode               text        NOT NULL DEFAULT 'open' CHECK (fail_mode IN ('open', 'closed')),
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK (min_per_minute <= max_per_minute)
);

INSERT INTO plans (id, display_name, base_per_minute, min_per_minute, max_per_minute, max_concurrent_streams, fail_mode)
VALUES ('free',       'Free',         10,   5,    15,    2,   'closed'),
       ('starter',    'Starter',      60,   30,   90,    5,   'open'),
       ('pro',        'Pro',          600,  300,  900,   50,  'open'),
       ('enterprise', 'Enterprise',   6000, 3000, 9000,  500, 'open');

CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    plan_id     text        NOT NULL REFERENCES plans (id),
    domain      text        NOT NULL CHECK (domain IN ('finance', 'ecommerce', 'medical')),
    persona     text,
    status      text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE api_keys (
    id               uuid PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind             text        NOT NULL CHECK (kind IN ('secret', 'publishable')),
    display_prefix   text        NOT NULL,
    hash             bytea       NOT NULL UNIQUE CHECK (length(hash) = 32),
    scopes           text[]      NOT NULL DEFAULT '{}',
    allowed_origins  text[]      NOT NULL DEFAULT '{}',
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_used_at     timestamptz,
    revoked_at       timestamptz
);
CREATE INDEX api_keys_tenant ON api_keys (tenant_id);

CREATE TABLE domain_configs (
    tenant_id   uuid PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    domain      text        NOT NULL,
    settings    jsonb       NOT NULL DEFAULT '{}',
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conversations (
    id            uuid PRIMARY KEY,
    tenant_id     uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    customer_ref  text,
    channel       text        NOT NULL DEFAULT 'api',
    status        text        NOT NULL DEFAULT 'bot'
                  CHECK (status IN ('bot', 'handoff_requested', 'agent', 'closed')),
    metadata      jsonb       NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    closed_at     timestamptz
);
CREATE INDEX conversations_tenant_created ON conversations (tenant_id, created_at DESC);

-- One row per message of a turn; the id is minted before the turn enters the outbox, so a
-- replayed outbox entry inserts nothing (ON CONFLICT (id) DO NOTHING).
CREATE TABLE messages (
    id                 uuid PRIMARY KEY,
    conversation_id    uuid        NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    tenant_id          uuid        NOT NULL,
    turn_seq           integer     NOT NULL,
    role               text        NOT NULL CHECK (role IN ('user', 'assistant', 'agent', 'system')),
    content            text        NOT NULL,
    entities           jsonb       NOT NULL DEFAULT '[]',
    intent             text,
    prompt_tokens      integer,
    completion_tokens  integer,
    timings            jsonb       NOT NULL DEFAULT '{}',
    worker             text,
    completed          boolean     NOT NULL DEFAULT true,
    created_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (conversation_id, turn_seq, role)
);
CREATE INDEX messages_conversation ON messages (conversation_id, turn_seq);

CREATE TABLE usage_minutes (
    tenant_id          uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    minute             timestamptz NOT NULL,
    requests           integer     NOT NULL DEFAULT 0,
    rejected           integer     NOT NULL DEFAULT 0,
    cost_units         numeric     NOT NULL DEFAULT 0,
    prompt_tokens      bigint      NOT NULL DEFAULT 0,
    completion_tokens  bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, minute)
);

CREATE TABLE webhooks (
    id                           uuid PRIMARY KEY,
    tenant_id                    uuid        NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    url                          text        NOT NULL,
    event_types                  text[]      NOT NULL,
    secret                       text        NOT NULL,
    previous_secret              text,
    previous_secret_expires_at   timestamptz,
    active                       boolean     NOT NULL DEFAULT true,
    created_at                   timestamptz NOT NULL DEFAULT now(),
    updated_at                   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhooks_tenant ON webhooks (tenant_id);

CREATE TABLE webhook_deliveries (
    id               uuid PRIMARY KEY,
    webhook_id       uuid        NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    tenant_id        uuid        NOT NULL,
    event_id         uuid        NOT NULL,
    event_type       text        NOT NULL,
    payload          jsonb       NOT NULL,
    status           text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    response_status  integer,
    last_error       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    tenant_id   uuid,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    target      text,
    details     jsonb       NOT NULL DEFAULT '{}',
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant ON audit_log (tenant_id, created_at DESC);
