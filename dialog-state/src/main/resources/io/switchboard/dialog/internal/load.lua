-- Loads a conversation's state in one round trip.
-- KEYS: meta hash, window list, summary list, erasure tombstone, unsynced-turns counter.
-- Returns {1, meta fields and values, window entries, summary lines} when the state exists,
-- {0, erased (0/1), turns still waiting in the outbox} when it does not.
local meta = redis.call('HGETALL', KEYS[1])
if #meta > 0 then
  return {1, meta, redis.call('LRANGE', KEYS[2], 0, -1), redis.call('LRANGE', KEYS[3], 0, -1)}
end
return {0, redis.call('EXISTS', KEYS[4]), tonumber(redis.call('GET', KEYS[5]) or '0')}
