package io.switchboard.domains.core;

import java.util.List;

/** What the domain puts in the model's prompt: the system prompt (persona, policy, flow guidance) and pinned facts. */
public record PromptContext(String systemPrompt, List<String> pinnedFacts) {

    public PromptContext {
        pinnedFacts = List.copyOf(pinnedFacts);
    }
}
