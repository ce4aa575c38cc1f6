-- Webhooks: when each delivery was last tried (the delivery log shows it), and an index that serves the log
-- of one webhook newest first. The dispatcher's queue is webhook_deliveries itself (see docs/webhooks.md).
ALTER TABLE webhook_deliveries ADD COLUMN last_attempt_at timestamptz;

CREATE INDEX webhook_deliveries_webhook_created ON webhook_deliveries (webhook_id, created_at DESC, id);
