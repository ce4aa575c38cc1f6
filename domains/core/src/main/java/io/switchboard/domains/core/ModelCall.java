package io.switchboard.domains.core;

/** The model as {@link DomainPipeline#reply} sees it: a prompt and the redacted user text in, text chunks out. */
@FunctionalInterface
public interface ModelCall {

    Iterable<String> stream(PromptContext prompt, String redactedUserText);
}
