-- One admission, atomically, on Redis's clock: GCRA rate check, concurrent-stream lease, rolling-day usage.
-- KEYS: 1 theoretical arrival time (µs), 2 leases (ZSET lease id -> expiry µs), 3 usage per hour (HASH)
-- ARGV: 1 cost (tokens), 2 quota (tokens per minute), 3 burst (µs), 4 max leases, 5 lease id, 6 lease ttl (µs)
-- Reply: {limit (0 none, 1 rate, 2 concurrency), backlog µs, retry µs, leases held, day tokens, now µs}
local function ceildiv(a, b)
  local r = math.floor(a / b)
  if r * b > a then r = r - 1 end
  if r * b < a then r = r + 1 end
  return r
end
local function int(x) return string.format('%.0f', x) end

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local cost = tonumber(ARGV[1])
local quota = tonumber(ARGV[2])
local burst = tonumber(ARGV[3])
local ttl = tonumber(ARGV[6])

local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local nextTat = tat + ceildiv(cost * 60000000, quota)

redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', int(now))
local held = redis.call('ZCARD', KEYS[2])
local limit = 0
if held >= tonumber(ARGV[4]) then limit = 2 elseif nextTat - now > burst then limit = 1 end

local hour = math.floor(now / 3600000000)
local retry = 0
if limit == 0 then
  redis.call('SET', KEYS[1], int(nextTat), 'PX', int(ceildiv(nextTat - now, 1000) + 1000))
  redis.call('ZADD', KEYS[2], int(now + ttl), ARGV[5])
  redis.call('PEXPIRE', KEYS[2], int(ceildiv(ttl, 1000) + 1000))
  held = held + 1
  if cost > 0 then
    redis.call('HINCRBY', KEYS[3], hour, int(cost))
    redis.call('EXPIRE', KEYS[3], 90000)
  end
  tat = nextTat
elseif limit == 1 then
  retry = nextTat - burst - now
else
  retry = 1000000
end

local day = 0
local usage = redis.call('HGETALL', KEYS[3])
for i = 1, #usage, 2 do
  if tonumber(usage[i]) <= hour - 24 then
    redis.call('HDEL', KEYS[3], usage[i])
  else
    day = day + tonumber(usage[i + 1])
  end
end
return {limit, tat - now, retry, held, day, now}
