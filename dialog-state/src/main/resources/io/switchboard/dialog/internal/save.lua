-- Saves one turn: checks the version, updates the window, the summary and the meta hash, appends the turn to
-- the outbox stream and counts it as not yet in the transcript, all atomically in one round trip. The turn's lease
-- (taken by load.lua) ends here whatever the outcome: the turn is over.
-- KEYS: meta hash, window list, summary list, erasure tombstone, unsynced-turns counter, outbox stream, turn lease.
-- ARGV: expected version, idle TTL (ms), the turn's token ('' when the state was loaded without taking the turn),
--       window:  reset (0/1), entries to pop from the head, n, then n entries to push;
--       summary: reset (0/1), lines to drop after the first, n, then n lines to push;
--       meta:    m, then m field/value pairs;
--       the rest: the outbox entry's field/value pairs.
-- Returns {1, new version, outbox entry id}, {0, actual version} on a conflict, {-1} when erased.
if ARGV[3] ~= '' and redis.call('GET', KEYS[7]) == ARGV[3] then
  redis.call('DEL', KEYS[7])
end
if redis.call('EXISTS', KEYS[4]) == 1 then
  return {-1}
end
local current = tonumber(redis.call('HGET', KEYS[1], 'v') or '0')
if current ~= tonumber(ARGV[1]) then
  return {0, current}
end
local ttl = ARGV[2]
local i = 4

local function push(key, count)
  if count > 0 then
    redis.call('RPUSH', key, unpack(ARGV, i, i + count - 1))
  end
  i = i + count
end

-- window
if ARGV[i] == '1' then redis.call('DEL', KEYS[2]) end
local pop = tonumber(ARGV[i + 1])
if pop > 0 then redis.call('LPOP', KEYS[2], pop) end
local n = tonumber(ARGV[i + 2])
i = i + 3
push(KEYS[2], n)

-- summary: the first line stays, older lines after it are dropped, new lines go to the end
if ARGV[i] == '1' then redis.call('DEL', KEYS[3]) end
local drop = tonumber(ARGV[i + 1])
if drop > 0 then
  local first = redis.call('LINDEX', KEYS[3], 0)
  redis.call('LTRIM', KEYS[3], drop + 1, -1)
  redis.call('LPUSH', KEYS[3], first)
end
n = tonumber(ARGV[i + 2])
i = i + 3
push(KEYS[3], n)

-- meta
local fields = tonumber(ARGV[i])
i = i + 1
local version = current + 1
redis.call('HSET', KEYS[1], 'v', version, unpack(ARGV, i, i + 2 * fields - 1))
i = i + 2 * fields

local id = redis.call('XADD', KEYS[6], '*', unpack(ARGV, i, #ARGV))
redis.call('INCR', KEYS[5])
redis.call('PEXPIRE', KEYS[1], ttl)
redis.call('PEXPIRE', KEYS[2], ttl)
redis.call('PEXPIRE', KEYS[3], ttl)
return {1, version, id}
