package io.switchboard.dialog.internal;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.Turn;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One turn in the outbox stream, with the domain state it left (so a rebuild can restore it). */
record OutboxEntry(String id, ConversationKey key, Turn turn, DomainState domainState) {

    static Map<String, byte[]> fields(ConversationKey key, Turn turn, DomainState domainState, StateCodec codec) {
        Map<String, byte[]> fields = new LinkedHashMap<>();
        fields.put("t", StateCodec.utf8(key.tenantId().toString()));
        fields.put("c", StateCodec.utf8(key.conversationId().toString()));
        fields.put("turn", codec.turn(turn));
        fields.put("pinned", StateCodec.utf8(domainState.pinned()));
        fields.put("flow", StateCodec.utf8(domainState.flow()));
        return fields;
    }

    /** Reads an entry; fails with an unchecked exception when the entry is malformed (a dead letter). */
    static OutboxEntry parse(String id, Map<String, byte[]> body, StateCodec codec) {
        ConversationKey key = new ConversationKey(uuid(body, "t"), uuid(body, "c"));
        Turn turn = codec.turn(required(body, "turn"));
        DomainState domain =
                new DomainState(StateCodec.text(required(body, "pinned")), StateCodec.text(required(body, "flow")));
        return new OutboxEntry(id, key, turn, domain);
    }

    private static UUID uuid(Map<String, byte[]> body, String field) {
        return UUID.fromString(StateCodec.text(required(body, field)));
    }

    private static byte[] required(Map<String, byte[]> body, String field) {
        byte[] value = body.get(field);
        if (value == null) {
            throw new IllegalArgumentException("outbox entry lacks field " + field);
        }
        return value;
    }
}
