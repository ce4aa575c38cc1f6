-- Conversations opened by the chat widget remember the publishable key that opened them (its origins drive
-- CORS); agents may write several messages per turn during a hand-off, so only user and assistant messages
-- are unique per turn.
ALTER TABLE conversations ADD COLUMN publishable_key_id uuid REFERENCES api_keys (id) ON DELETE SET NULL;
ALTER TABLE conversations ADD COLUMN agent_ref text;

ALTER TABLE messages DROP CONSTRAINT messages_conversation_id_turn_seq_role_key;
CREATE UNIQUE INDEX messages_turn_role ON messages (conversation_id, turn_seq, role) WHERE role IN ('user', 'assistant');
