package io.switchboard.domains.core.internal;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.Entity;
import io.switchboard.domains.core.PromptContext;
import java.util.List;

/** Assembles the domain's part of the prompt: persona, domain policy, this turn's flow guidance, pinned facts. */
public final class Prompts {

    private Prompts() {}

    public static PromptContext build(ConfiguredDomain domain, DomainState state, List<String> guidance) {
        StringBuilder system = new StringBuilder();
        String persona = domain.config().persona();
        if (!persona.isBlank()) {
            system.append(persona.strip()).append("\n\n");
        }
        system.append(domain.policy().strip());
        for (String line : guidance) {
            system.append("\n- ").append(line);
        }
        List<String> facts = state.pinned().stream().map(Entity::asFact).toList();
        return new PromptContext(system.toString(), facts);
    }
}
