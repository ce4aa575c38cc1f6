-- Ends a turn taken by load.lua without saving it: deletes the lease if this turn still holds it.
-- KEYS: turn lease. ARGV: the turn's token. Returns 1 when released, 0 when the lease was another's or gone.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
