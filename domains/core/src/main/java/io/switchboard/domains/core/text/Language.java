package io.switchboard.domains.core.text;

/** Which of the two supported languages a turn is in, so fixed messages answer in kind. */
public enum Language {
    EN,
    ZH;

    /** Chinese when the text holds at least one CJK ideograph, English otherwise. */
    public static Language of(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? ZH : EN;
    }

    /** Picks the text for this language. */
    public String pick(String english, String chinese) {
        return this == ZH ? chinese : english;
    }
}
