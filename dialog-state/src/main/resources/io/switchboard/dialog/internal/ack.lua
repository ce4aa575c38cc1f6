-- Acknowledges outbox entries once they are in PostgreSQL: XACK, XDEL, and one fewer unsynced turn for the
-- conversation of each entry this consumer group had not acknowledged yet (so a redelivery counts once).
-- KEYS: outbox stream, then the unsynced-turns counter of each entry.
-- ARGV: consumer group, then the id of each entry (ARGV[i] goes with KEYS[i]).
local acked = 0
for i = 2, #KEYS do
  if redis.call('XACK', KEYS[1], ARGV[1], ARGV[i]) == 1 then
    acked = acked + 1
    if redis.call('DECR', KEYS[i]) <= 0 then
      redis.call('DEL', KEYS[i])
    end
  end
  redis.call('XDEL', KEYS[1], ARGV[i])
end
return acked
