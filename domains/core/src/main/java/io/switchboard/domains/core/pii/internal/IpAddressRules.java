package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiMatch;
import io.switchboard.domains.core.pii.PiiType;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** IP addresses: dotted-quad IPv4 with octets up to 255, and IPv6 in full, compressed or IPv4-embedded form. */
final class IpAddressRules {

    private static final Pattern V4 =
            Pattern.compile("(?<![A-Za-z0-9_.])(?:\\d{1,3}\\.){3}\\d{1,3}(?![A-Za-z0-9_]|\\.\\d)");
    private static final Pattern V6 = Pattern.compile(
            "(?<![A-Za-z0-9_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\\d{1,3}\\.){3}\\d{1,3})?(?![A-Za-z0-9_:]|\\.\\d)");

    private static final Pattern CUES = Cues.anyOf(
            "ip",
            "address",
            "login",
            "logged",
            "log in",
            "sign in",
            "signed in",
            "server",
            "host",
            "from",
            "地址",
            "登录",
            "登陆",
            "服务器");
    private static final Pattern VERSION = Pattern.compile(
            "(?:(?<![a-z])(?:version|ver\\.?|v|release|build|firmware)[\\s:：]*|版本[号是为\\s:：]*)\\z",
            Pattern.CASE_INSENSITIVE);

    private IpAddressRules() {}

    static List<Rule> rules() {
        return List.of(
                new Rule(PiiType.IP_ADDRESS, V4, (text, m, out) -> {
                    if (validV4(m.group())) {
                        add(text, m, 0.6, out);
                    }
                }),
                new Rule(PiiType.IP_ADDRESS, V6, (text, m, out) -> {
                    if (validV6(m.group())) {
                        add(text, m, 0.7, out);
                    }
                }));
    }

    private static void add(CharSequence text, MatchResult m, double base, List<PiiMatch> out) {
        String before = Cues.sentenceBefore(text, m.start(), 12);
        double confidence = Cues.boosted(base, Cues.precededBy(CUES, text, m.start()));
        if (VERSION.matcher(before).find()) {
            confidence = Cues.lowered(confidence);
        }
        out.add(new PiiMatch(m.start(), m.end(), PiiType.IP_ADDRESS, confidence));
    }

    static boolean validV4(String address) {
        for (String octet : address.split("\\.")) {
            if (octet.length() > 1 && octet.charAt(0) == '0' || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean validV6(String address) {
        int compressed = address.indexOf("::");
        if (compressed != address.lastIndexOf("::") || address.contains(":::")) {
            return false;
        }
        String body = address;
        int capacity = 8;
        int dot = address.indexOf('.');
        if (dot >= 0) {
            int lastColon = address.lastIndexOf(':');
            if (!validV4(address.substring(lastColon + 1)) || lastColon == address.length() - 1) {
                return false;
            }
            body = address.substring(0, lastColon + 1) + "0";
            capacity = 7;
        }
        return groupsFit(body, compressed >= 0, capacity);
    }

    private static boolean groupsFit(String body, boolean compressed, int capacity) {
        if (!compressed && (body.startsWith(":") || body.endsWith(":"))) {
            return false;
        }
        int groups = 0;
        for (String part : body.split(":", -1)) {
            if (!part.isEmpty()) {
                groups++;
            }
        }
        return compressed ? groups < capacity && groups >= 1 : groups == capacity;
    }
}
