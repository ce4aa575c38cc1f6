-- Publishes the pool load stamped with Redis's clock. KEYS: 1 load. ARGV: 1 load, 2 key ttl (ms).
local t = redis.call('TIME')
redis.call('HSET', KEYS[1], 'value', ARGV[1], 'at', t[1] .. string.format('%06d', tonumber(t[2])))
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
