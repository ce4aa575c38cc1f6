package io.switchboard.platform.keys;

/** A key just minted: the only moment the full key exists outside its holder. */
public record IssuedKey(ApiKey key, String secret) {}
