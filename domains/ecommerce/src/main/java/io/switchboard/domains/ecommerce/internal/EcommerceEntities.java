package io.switchboard.domains.ecommerce.internal;

import io.switchboard.domains.core.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-commerce entities in English and Chinese: order and tracking numbers, SKUs, product names, return reasons. */
final class EcommerceEntities {

    static final String ORDER = "order_number";
    static final String TRACKING = "tracking_number";
    static final String SKU = "sku";
    static final String PRODUCT = "product";
    static final String REASON = "return_reason";

    private static final Pattern ORDER_NUMBER =
            Pattern.compile("(?i)(?:\\border|订单)(?:\\s*(?:number|no\\.?|num|id|#|号|编号))?"
                    + "\\s*(?:is|:|：|#|是|为)?\\s*#?\\s*([A-Z]{0,4}-?\\d[A-Z0-9-]{3,})|#(\\d{5,})");
    private static final Pattern TRACKING_NUMBER = Pattern.compile(
            "(?i)(?:tracking|运单|快递单|物流单)(?:\\s*(?:number|no\\.?|#|号|编号))?"
                    + "\\s*(?:is|:|：|#|是|为)?\\s*([A-Z0-9]{8,})|\\b(1Z[0-9A-Z]{16}|SF\\d{12}|YT\\d{13}|JD[0-9A-Z]{13})\\b");
    private static final Pattern SKU_CODE = Pattern.compile(
            "(?i)(?:\\bsku|货号|商品编号|item (?:code|number))\\s*(?:is|:|：|#|是)?\\s*([A-Z0-9][A-Z0-9-]{2,})");
    private static final Pattern BARE_CODE =
            Pattern.compile("(?i)\\b([A-Z]{0,4}-?\\d[A-Z0-9-]{4,})\\b|(?<![\\dA-Za-z])(\\d{5,})(?!\\d)");
    private static final Pattern PRODUCTS = Pattern.compile(
            "(?i)\\b(shoes?|sneakers|boots|jacket|coat|shirt|t-shirt|dress|jeans|"
                    + "trousers|sofa|chair|table|lamp|mattress|phone|laptop|tablet|headphones|earbuds|charger|camera|watch|backpack|"
                    + "bag|blender|kettle|vacuum|fridge|tv|television|speaker|keyboard|mouse)\\b"
                    + "|(鞋子|鞋|外套|衬衫|连衣裙|裙子|牛仔裤|裤子|沙发|椅子|桌子|台灯|床垫|手机|笔记本电脑|电脑|平板|耳机|充电器|相机|手表|背包|包|榨汁机|水壶|吸尘器|冰箱|电视|音箱|键盘|鼠标|衣服)");
    private static final Map<Pattern, String> REASONS = Map.of(
            Pattern.compile("(?i)doesn't fit|don't fit|too (?:small|big|large|tight)|wrong size|不合适|不合身|小了|大了|尺码不对"),
                    "fit",
            Pattern.compile("(?i)damaged|broken|defective|faulty|doesn't work|stopped working|坏了|破损|损坏|质量问题|不能用"),
                    "defective",
            Pattern.compile("(?i)wrong item|wrong product|not what i ordered|发错|错发"), "wrong_item",
            Pattern.compile("(?i)changed my mind|don't (?:want|like|need) it|不喜欢|不想要|不需要"), "changed_mind");

    private EcommerceEntities() {}

    static List<Entity> extract(String text, List<String> catalog, boolean expectingOrder) {
        List<Entity> found = new ArrayList<>();
        // a number pattern cannot match a text without one of its literals (a keyword, '#', a carrier's prefix, a
        // digit), and most messages have none: that check is a fraction of the pattern's scan. Case folded to
        // ASCII lower case only, as (?i) folds it
        String folded = asciiLowerCase(text);
        if (containsAny(folded, "order", "订单", "#")) {
            groups(ORDER_NUMBER, text, ORDER, found);
        }
        if (containsAny(folded, "tracking", "运单", "快递单", "物流单", "1z", "sf", "yt", "jd")) {
            groups(TRACKING_NUMBER, text, TRACKING, found);
        }
        if (containsAny(folded, "sku", "货号", "商品编号", "item ")) {
            groups(SKU_CODE, text, SKU, found);
        }
        if (expectingOrder && found.stream().noneMatch(e -> e.type().equals(ORDER)) && hasDigit(text)) {
            groups(BARE_CODE, text, ORDER, found);
        }
        groups(PRODUCTS, text, PRODUCT, found);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String product : catalog) {
            if (!product.isBlank() && lower.contains(product.strip().toLowerCase(Locale.ROOT))) {
                found.add(new Entity(PRODUCT, product.strip()));
            }
        }
        REASONS.forEach((pattern, reason) -> {
            if (pattern.matcher(text).find()) {
                found.add(new Entity(REASON, reason));
            }
        });
        return found;
    }

    private static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }

    private static boolean containsAny(String text, String... literals) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void groups(Pattern pattern, String text, String type, List<Entity> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    String value = m.group(g);
                    into.add(new Entity(
                            type,
                            type.equals(PRODUCT) ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT)));
                    break;
                }
            }
        }
    }
}
