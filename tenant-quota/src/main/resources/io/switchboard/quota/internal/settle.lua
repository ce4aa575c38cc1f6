-- Settles a permit once: releases its lease and charges (delta > 0) or refunds (delta < 0) the difference
-- between the actual and the admitted cost at the rate it was admitted at, on Redis's clock.
-- KEYS: 1 theoretical arrival time (µs), 2 leases, 3 usage per hour
-- ARGV: 1 lease id, 2 delta (tokens), 3 quota (tokens per minute)
-- Reply: 1 if settled now, 0 if it was already settled or its lease had expired
local function int(x) return string.format('%.0f', x) end

if redis.call('ZREM', KEYS[2], ARGV[1]) == 0 then return 0 end
local delta = tonumber(ARGV[2])
if delta == 0 then return 1 end

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local quota = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
local shift = math.abs(delta) * 60000000 / quota
if delta > 0 then
  tat = tat + math.ceil(shift)
else
  tat = math.max(now, tat - math.floor(shift))
end
redis.call('SET', KEYS[1], int(tat), 'PX', int(math.ceil((tat - now) / 1000) + 1000))
redis.call('HINCRBY', KEYS[3], math.floor(now / 3600000000), int(delta))
redis.call('EXPIRE', KEYS[3], 90000)
return 1
