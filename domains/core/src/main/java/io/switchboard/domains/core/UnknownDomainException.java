package io.switchboard.domains.core;

/** A tenant asked for a domain no installed plugin serves; not retryable (a configuration error). */
public final class UnknownDomainException extends RuntimeException {

    public UnknownDomainException(DomainKind kind) {
        super("no plugin installed for domain " + kind.id());
    }
}
