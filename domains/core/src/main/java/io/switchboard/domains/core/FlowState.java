package io.switchboard.domains.core;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a domain flow stands: the request it is working on ({@code pending}, empty when none) and the facts it has
 * collected or concluded (e.g. {@code verified=true}); plain strings so the dialog state can store it as is.
 */
public record FlowState(String pending, Map<String, String> facts) {

    public FlowState {
        facts = Map.copyOf(facts);
    }

    public static FlowState idle() {
        return new FlowState("", Map.of());
    }

    public boolean has(String key) {
        return facts.containsKey(key);
    }

    public String fact(String key, String otherwise) {
        return facts.getOrDefault(key, otherwise);
    }

    public FlowState with(String key, String value) {
        Map<String, String> copy = new HashMap<>(facts);
        copy.put(key, value);
        return new FlowState(pending, copy);
    }

    public FlowState without(String key) {
        Map<String, String> copy = new HashMap<>(facts);
        copy.remove(key);
        return new FlowState(pending, copy);
    }

    public FlowState pending(String request) {
        return new FlowState(request, facts);
    }
}
