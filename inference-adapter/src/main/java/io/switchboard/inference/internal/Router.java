package io.switchboard.inference.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Chooses a worker: the conversation's last worker while its load is within {@code affinityMaxExcess} of the least
 * loaded candidate (its KV cache likely holds the prompt's prefix), else the less loaded of two picked at random
 * (power of two choices: near-best balance without herding onto one stale minimum).
 */
final class Router {

    private static final int REMEMBERED_CONVERSATIONS = 100_000;

    private final Workers workers;
    private final int affinityMaxExcess;
    private final Map<String, String> affinity = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED_CONVERSATIONS;
        }
    };

    Router(Workers workers, int affinityMaxExcess) {
        this.workers = workers;
        this.affinityMaxExcess = affinityMaxExcess;
    }

    /** A routable worker not in {@code excluded}, or {@code null} when there is none. */
    @Nullable
    Worker choose(@Nullable String conversationId, Set<String> excluded) {
        List<Worker> candidates = workers.routable().stream()
                .filter(worker -> !excluded.contains(worker.id()))
                .toList();
        if (candidates.isEmpty()) {
            return null;
        }
        Worker affine = affine(conversationId, candidates);
        if (affine != null) {
            return affine;
        }
        if (candidates.size() == 1) {
            return candidates.getFirst();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int first = random.nextInt(candidates.size());
        int second = (first + 1 + random.nextInt(candidates.size() - 1)) % candidates.size();
        Worker a = candidates.get(first);
        Worker b = candidates.get(second);
        return b.load() < a.load() ? b : a;
    }

    /** Remembers the worker that served the conversation's turn. */
    void served(@Nullable String conversationId, Worker worker) {
        if (conversationId != null) {
            synchronized (affinity) {
                affinity.put(conversationId, worker.id());
            }
        }
    }

    private @Nullable Worker affine(@Nullable String conversationId, List<Worker> candidates) {
        if (conversationId == null) {
            return null;
        }
        String id;
        synchronized (affinity) {
            id = affinity.get(conversationId);
        }
        if (id == null) {
            return null;
        }
        int least = candidates.stream()
                .min(Comparator.comparingInt(Worker::load))
                .orElseThrow()
                .load();
        return candidates.stream()
                .filter(worker -> worker.id().equals(id) && worker.load() <= least + affinityMaxExcess)
                .findFirst()
                .orElse(null);
    }
}
