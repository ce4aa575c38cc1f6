package io.switchboard.domains.ecommerce.internal;

import io.switchboard.domains.core.Entity;
import io.switchboard.domains.core.text.GuardedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * E-commerce entities in English and Chinese: order and tracking numbers, SKUs, product names, return reasons. The
 * number and reason patterns are {@link GuardedPattern}s: one cannot match a text without one of the literals derived
 * from it (a keyword in any ASCII case, '#', a carrier's prefix, a digit), and most messages have none, so that check
 * replaces most scans.
 */
final class EcommerceEntities {

    static final String ORDER = "order_number";
    static final String TRACKING = "tracking_number";
    static final String SKU = "sku";
    static final String PRODUCT = "product";
    static final String REASON = "return_reason";

    static final GuardedPattern ORDER_NUMBER =
            GuardedPattern.compile("(?i)(?:\\border|订单)(?:\\s*(?:number|no\\.?|num|id|#|号|编号))?"
                    + "\\s*(?:is|:|：|#|是|为)?\\s*#?\\s*([A-Z]{0,4}-?\\d[A-Z0-9-]{3,})|#(\\d{5,})");
    static final GuardedPattern TRACKING_NUMBER = GuardedPattern.compile(
            "(?i)(?:tracking|运单|快递单|物流单)(?:\\s*(?:number|no\\.?|#|号|编号))?"
                    + "\\s*(?:is|:|：|#|是|为)?\\s*([A-Z0-9]{8,})|\\b(1Z[0-9A-Z]{16}|SF\\d{12}|YT\\d{13}|JD[0-9A-Z]{13})\\b");
    static final GuardedPattern SKU_CODE = GuardedPattern.compile(
            "(?i)(?:\\bsku|货号|商品编号|item (?:code|number))\\s*(?:is|:|：|#|是)?\\s*([A-Z0-9][A-Z0-9-]{2,})");
    static final GuardedPattern BARE_CODE =
            GuardedPattern.compile("(?i)\\b([A-Z]{0,4}-?\\d[A-Z0-9-]{4,})\\b|(?<![\\dA-Za-z])(\\d{5,})(?!\\d)");
    static final GuardedPattern PRODUCTS = GuardedPattern.compile(
            "(?i)\\b(shoes?|sneakers|boots|jacket|coat|shirt|t-shirt|dress|jeans|"
                    + "trousers|sofa|chair|table|lamp|mattress|phone|laptop|tablet|headphones|earbuds|charger|camera|watch|backpack|"
                    + "bag|blender|kettle|vacuum|fridge|tv|television|speaker|keyboard|mouse)\\b"
                    + "|(鞋子|鞋|外套|衬衫|连衣裙|裙子|牛仔裤|裤子|沙发|椅子|桌子|台灯|床垫|手机|笔记本电脑|电脑|平板|耳机|充电器|相机|手表|背包|包|榨汁机|水壶|吸尘器|冰箱|电视|音箱|键盘|鼠标|衣服)");
    /** In this order (a {@code Map.of} would list a text's reasons in an order that changes from run to run). */
    static final List<Map.Entry<GuardedPattern, String>> REASONS = List.of(
            reason("fit", "(?i)doesn't fit|don't fit|too (?:small|big|large|tight)|wrong size|不合适|不合身|小了|大了|尺码不对"),
            reason("defective", "(?i)damaged|broken|defective|faulty|doesn't work|stopped working|坏了|破损|损坏|质量问题|不能用"),
            reason("wrong_item", "(?i)wrong item|wrong product|not what i ordered|发错|错发"),
            reason("changed_mind", "(?i)changed my mind|don't (?:want|like|need) it|不喜欢|不想要|不需要"));

    private EcommerceEntities() {}

    static List<Entity> extract(String text, List<String> catalog, boolean expectingOrder) {
        List<Entity> found = new ArrayList<>();
        groups(ORDER_NUMBER, text, ORDER, found);
        groups(TRACKING_NUMBER, text, TRACKING, found);
        groups(SKU_CODE, text, SKU, found);
        if (expectingOrder && found.stream().noneMatch(e -> e.type().equals(ORDER))) {
            groups(BARE_CODE, text, ORDER, found);
        }
        groups(PRODUCTS, text, PRODUCT, found);
        String lower = text.toLowerCase(Locale.ROOT);
        for (String product : catalog) {
            if (!product.isBlank() && lower.contains(product.strip().toLowerCase(Locale.ROOT))) {
                found.add(new Entity(PRODUCT, product.strip()));
            }
        }
        for (Map.Entry<GuardedPattern, String> reason : REASONS) {
            if (reason.getKey().foundIn(text)) {
                found.add(new Entity(REASON, reason.getValue()));
            }
        }
        return found;
    }

    private static Map.Entry<GuardedPattern, String> reason(String reason, String regex) {
        return Map.entry(GuardedPattern.compile(regex), reason);
    }

    private static void groups(GuardedPattern pattern, String text, String type, List<Entity> into) {
        pattern.results(text).forEach(m -> {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    String value = m.group(g);
                    into.add(new Entity(
                            type,
                            type.equals(PRODUCT) ? value.toLowerCase(Locale.ROOT) : value.toUpperCase(Locale.ROOT)));
                    break;
                }
            }
        });
    }
}
