-- Erases a conversation's Redis state and leaves a tombstone, so a turn still in flight cannot recreate it.
-- KEYS: meta hash, window list, summary list, unsynced-turns counter, erasure tombstone.
-- ARGV: tombstone TTL (ms).
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4])
redis.call('SET', KEYS[5], '1', 'PX', ARGV[1])
return 1
