package io.switchboard.domains.finance.internal;

import java.util.regex.Pattern;

/** Masks CVV codes, PINs and passwords before anything (redaction, state, model, transcript) sees them. */
final class Secrets {

    private static final Pattern SECRET = Pattern.compile(
            "(?i)(\\b(?:cvv2?|cvc2?|security code|pin(?: code| number)?|passcode|password)\\b|安全码|验证码|取款密码|支付密码|密码)"
                    + "([^\\d\\n]{0,12})(\\d{3,8})");

    private Secrets() {}

    static String mask(String text) {
        return SECRET.matcher(text).replaceAll("$1$2[SECRET]");
    }
}
