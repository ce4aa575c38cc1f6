package io.switchboard.dialog.internal;

import static io.switchboard.dialog.internal.StateCodec.text;
import static io.switchboard.dialog.internal.StateCodec.utf8;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Counters;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.Exchange;
import io.switchboard.dialog.Origin;
import io.switchboard.dialog.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The meta hash of a conversation: version, counters and domain state, each a field, so a save writes only the
 * fields that changed (the domain state only when it moved); window and summary are lists of their own.
 */
final class StoredState {

    private final StateCodec codec;

    StoredState(StateCodec codec) {
        this.codec = codec;
    }

    Dialog live(ConversationKey key, List<Object> metaPairs, List<Object> windowEntries, List<Object> summaryLines) {
        Map<String, String> meta = new HashMap<>();
        for (int i = 0; i + 1 < metaPairs.size(); i += 2) {
            meta.put(text((byte[]) metaPairs.get(i)), text((byte[]) metaPairs.get(i + 1)));
        }
        List<Exchange> window = new ArrayList<>(windowEntries.size());
        windowEntries.forEach(entry -> window.add(codec.exchange((byte[]) entry)));
        Counters counters = new Counters(
                Integer.parseInt(meta.getOrDefault("turns", "0")),
                Long.parseLong(meta.getOrDefault("pt", "0")),
                Long.parseLong(meta.getOrDefault("ct", "0")));
        DomainState domain = new DomainState(meta.getOrDefault("pinned", ""), meta.getOrDefault("flow", ""));
        return new Dialog(
                key,
                Long.parseLong(meta.get("v")),
                Origin.LIVE,
                window,
                String.join(
                        "\n",
                        summaryLines.stream().map(line -> text((byte[]) line)).toList()),
                domain,
                counters,
                null);
    }

    /** Field/value pairs for HSET: counters always, the domain state when changed (or for a fresh state). */
    List<byte[]> metaChanges(Dialog loaded, Turn turn, DomainState domain, boolean fresh) {
        Counters counters = loaded.counters().plus(turn);
        List<byte[]> pairs = new ArrayList<>();
        add(pairs, "turns", Integer.toString(counters.turns()));
        add(pairs, "pt", Long.toString(counters.promptTokens()));
        add(pairs, "ct", Long.toString(counters.completionTokens()));
        if (fresh || !domain.pinned().equals(loaded.domainState().pinned())) {
            add(pairs, "pinned", domain.pinned());
        }
        if (fresh || !domain.flow().equals(loaded.domainState().flow())) {
            add(pairs, "flow", domain.flow());
        }
        return pairs;
    }

    private static void add(List<byte[]> pairs, String field, String value) {
        pairs.add(utf8(field));
        pairs.add(utf8(value));
    }
}
