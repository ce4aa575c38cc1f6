package io.switchboard.dialog.internal;

import java.util.List;

/**
 * How the summary list in Redis changes with a save: lines dropped after the first (the oldest folded turns) and
 * lines appended (the turns folded now), so a save sends only new lines, not the whole summary. A delta is used
 * only when applying it to the old lines gives exactly the new ones; anything else is sent as a full rewrite.
 */
record SummaryDelta(boolean reset, int drop, List<String> pushed) {

    static SummaryDelta between(String before, String after, int folded, boolean fresh) {
        List<String> old = lines(before);
        List<String> now = lines(after);
        if (fresh || old.isEmpty()) {
            return new SummaryDelta(true, 0, now);
        }
        for (int appended = Math.min(folded, now.size() - 1); appended >= 0; appended--) {
            int kept = now.size() - appended;
            int drop = old.size() - kept;
            if (drop >= 0 && drop < old.size() && retains(old, now, kept, drop)) {
                return new SummaryDelta(false, drop, now.subList(kept, now.size()));
            }
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
