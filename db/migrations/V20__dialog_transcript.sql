-- dialog-state: what the transcript needs beyond V1 to rebuild a conversation's state and to honour erasure.
-- dialog_turns is the marker that survives a Redis flush: the highest turn the outbox writer copied, written in
-- the same transaction as the messages. A conversation whose messages do not cover turns 1..dialog_turns cannot
-- be rebuilt and is reported as lost. dialog_pinned / dialog_flow hold the domain plugin's opaque state as of
-- that turn, so a rebuild restores pinned entities and the flow too.
ALTER TABLE conversations
    ADD COLUMN dialog_turns  integer NOT NULL DEFAULT 0 CHECK (dialog_turns >= 0),
    ADD COLUMN dialog_pinned text,
    ADD COLUMN dialog_flow   text;

-- Conversations erased on request. The outbox writer skips turns of these (they may still sit in the Redis
-- outbox), under the same per-conversation advisory lock as the erasure. Only identifiers are kept.
CREATE TABLE erased_conversations (
    tenant_id  uuid        NOT NULL,
    id         uuid        NOT NULL,
    erased_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, tenant_id)
);
