-- A tenant's CRM integration: where the platform asks for identity verification and order status.
-- kind 'http': the tenant's own server (base_url, and the shared secret that signs every request; the secret is
-- needed in clear to sign, like a webhook secret, and is never returned by the API).
-- kind 'demo': the platform's built-in demo directory, set only by the demo tenant of the run command.
CREATE TABLE crm_integrations (
    tenant_id   uuid        PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('http', 'demo')),
    base_url    text,
    secret      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CHECK (kind = 'demo' OR (base_url IS NOT NULL AND secret IS NOT NULL))
);
