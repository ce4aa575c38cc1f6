-- Every status change of a conversation bumps its version, so that the copy a turn reads from Redis (see
-- ConversationCache) is only ever replaced by a newer one, whichever replica writes last.
ALTER TABLE conversations ADD COLUMN status_version bigint NOT NULL DEFAULT 0;
