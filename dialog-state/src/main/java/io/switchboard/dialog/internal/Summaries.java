package io.switchboard.dialog.internal;

import io.switchboard.dialog.Exchange;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic, extractive running summary: one line per folded turn (the first sentence of each side),
 * keeping the conversation's opening line and as many of the newest lines as fit a size cap, so the summary is
 * bounded however long the conversation runs. No model is called, so a rebuild reproduces it exactly.
 */
final class Summaries {

    static final int MIN_CHARS = 512;
    private static final int SENTENCE_CHARS = 72;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final int maxChars;

    Summaries(int maxChars) {
        if (maxChars < MIN_CHARS) {
            throw new IllegalArgumentException("summary size must be at least " + MIN_CHARS + " chars: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    String fold(String summary, Exchange exchange) {
        List<String> lines = new ArrayList<>(summary.isEmpty() ? List.of() : List.of(summary.split("\n")));
        lines.add(
                "#" + exchange.seq() + " " + firstSentence(exchange.user()) + " → " + firstSentence(exchange.reply()));
        while (lines.size() > 2 && length(lines) > maxChars) {
            lines.remove(1);
        }
        return String.join("\n", lines);
    }

    private static int length(List<String> lines) {
        return lines.stream().mapToInt(String::length).sum() + lines.size() - 1;
    }

    static String firstSentence(String text) {
        String flat = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        int end = flat.length();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            boolean cjkStop = c == '。' || c == '！' || c == '？';
            boolean stop = (c == '.' || c == '!' || c == '?') && (i + 1 == flat.length() || flat.charAt(i + 1) == ' ');
            if (cjkStop || stop) {
                end = i + 1;
                break;
            }
        }
        String sentence = flat.substring(0, end);
        if (sentence.codePointCount(0, sentence.length()) <= SENTENCE_CHARS) {
            return sentence;
        }
        return sentence.substring(0, sentence.offsetByCodePoints(0, SENTENCE_CHARS)) + "…";
    }
}
