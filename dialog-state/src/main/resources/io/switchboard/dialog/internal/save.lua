-- Saves one turn: checks the version, updates the window and the meta hash, appends the turn to the
-- outbox stream and counts it as not yet in the transcript, all atomically in one round trip.
-- KEYS: meta hash, window list, erasure tombstone, unsynced-turns counter, outbox stream.
-- ARGV: expected version, idle TTL (ms), reset window (0/1), entries to pop from the window's head,
--       n entries to push, the n entries, m meta pairs, the 2m field/values, then the outbox fields/values.
-- Returns {1, new version, outbox entry id}, {0, actual version} on a conflict, {-1} when erased.
if redis.call('EXISTS', KEYS[3]) == 1 then
  return {-1}
end
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current ~= tonumber(ARGV[1]) then
  return {0, current}
end
local ttl = ARGV[2]
if ARGV[3] == '1' then
  redis.call('DEL', KEYS[2])
end
local pop = tonumber(ARGV[4])
if pop > 0 then
  redis.call('LPOP', KEYS[2], pop)
end
local i = 6
local push = tonumber(ARGV[5])
if push > 0 then
  redis.call('RPUSH', KEYS[2], unpack(ARGV, i, i + push - 1))
end
i = i + push
local fields = tonumber(ARGV[i])
i = i + 1
local version = current + 1
redis.call('HSET', KEYS[1], 'v', version, unpack(ARGV, i, i + 2 * fields - 1))
i = i + 2 * fields
local id = redis.call('XADD', KEYS[5], '*', unpack(ARGV, i, #ARGV))
redis.call('INCR', KEYS[4])
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
return {1, version, id}
