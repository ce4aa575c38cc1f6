package io.switchboard.domains.core;

/** A fact taken from the conversation (an order number, a symptom, an amount) that the flow and the prompt use. */
public record Entity(String type, String value) {

    /** How the entity reads in the prompt's pinned-facts block. */
    public String asFact() {
        return type + ": " + value;
    }
}
