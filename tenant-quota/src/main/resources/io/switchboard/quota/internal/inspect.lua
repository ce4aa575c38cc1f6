-- Reads a tenant's quota state without changing it. KEYS: 1 theoretical arrival time, 2 leases, 3 usage.
-- Reply: {backlog µs, live leases, day tokens, now µs}
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local backlog = math.max(0, tat - now)
local held = redis.call('ZCOUNT', KEYS[2], '(' .. string.format('%.0f', now), '+inf')
local hour = math.floor(now / 3600000000)
local day = 0
local usage = redis.call('HGETALL', KEYS[3])
for i = 1, #usage, 2 do
  if tonumber(usage[i]) > hour - 24 then day = day + tonumber(usage[i + 1]) end
end
return {backlog, held, day, now}
