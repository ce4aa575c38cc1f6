-- Loads a conversation's state in one round trip, optionally taking its turn first.
-- KEYS: meta hash, window list, summary list, erasure tombstone, unsynced-turns counter, turn lease.
-- ARGV: none to only load; or the turn's token and the lease (ms) to take the turn, which another turn holding it
--       refuses (and then nothing is read).
-- Returns {1, meta fields and values, window entries, summary lines} when the state exists,
-- {0, erased (0/1), turns still waiting in the outbox} when it does not, {-1} when another turn holds it.
if ARGV[1] and not redis.call('SET', KEYS[6], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return {-1}
end
local meta = redis.call('HGETALL', KEYS[1])
if #meta > 0 then
  return {1, meta, redis.call('LRANGE', KEYS[2], 0, -1), redis.call('LRANGE', KEYS[3], 0, -1)}
end
return {0, redis.call('EXISTS', KEYS[4]), tonumber(redis.call('GET', KEYS[5]) or '0')}
