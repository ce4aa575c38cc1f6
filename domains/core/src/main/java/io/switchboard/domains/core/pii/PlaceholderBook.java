package io.switchboard.domains.core.pii;

import java.util.HashMap;
import java.util.Map;

/** Stand-in numbering state: how many placeholders of each type a conversation has handed out. */
public record PlaceholderBook(Map<PiiType, Integer> counters) {

    public PlaceholderBook {
        counters = Map.copyOf(counters);
    }

    public static PlaceholderBook newConversation() {
        return new PlaceholderBook(Map.of());
    }

    PlaceholderBook next(PiiType type) {
        Map<PiiType, Integer> copy = new HashMap<>(counters);
        copy.merge(type, 1, Integer::sum);
        return new PlaceholderBook(copy);
    }

    int count(PiiType type) {
        return counters.getOrDefault(type, 0);
    }
}
