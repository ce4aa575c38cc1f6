package io.switchboard.dialog.internal;

import java.util.List;

/**
 * How the summary list in Redis changes with a save: lines dropped after the first (the oldest folded turns) and
 * lines appended (the turns folded now), so a save sends only new lines, not the whole summary; anything that is
 * not such a change is sent as a full rewrite.
 */
record SummaryDelta(boolean reset, int drop, List<String> pushed) {

    static SummaryDelta between(String before, String after, int folded, boolean fresh) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        if (fresh || old.isEmpty()) {
            return new SummaryDelta(true, 0, now);
        }
        int kept = now.size() - folded;
        int drop = old.size() - kept;
        if (folded >= 0 && kept >= 1 && drop >= 0 && drop < old.size() && retains(old, now, kept, drop)) {
            return new SummaryDelta(false, drop, now.subList(kept, now.size()));
        }
        return new SummaryDelta(true, 0, now);
    }

    private static boolean retains(List<String> old, List<String> now, int kept, int drop) {
        return now.getFirst().equals(old.getFirst()) && now.subList(1, kept).equals(old.subList(1 + drop, old.size()));
    }

    static List<String> lines(String summary) {
        return summary.isEmpty() ? List.of() : List.of(summary.split("\n"));
    }
}
