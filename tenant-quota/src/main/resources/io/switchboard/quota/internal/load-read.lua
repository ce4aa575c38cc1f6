-- Reads the pool load and its age on Redis's clock. KEYS: 1 load. Reply: {} or {value, age µs}.
local v = redis.call('HMGET', KEYS[1], 'value', 'at')
if not v[1] or not v[2] then return {} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
return {v[1], math.max(0, now - tonumber(v[2]))}
