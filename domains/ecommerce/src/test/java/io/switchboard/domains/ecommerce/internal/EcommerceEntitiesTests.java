package io.switchboard.domains.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.Entity;
import io.switchboard.domains.core.text.GuardedPattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The patterns run only on texts that hold one of the literals derived from them, looked for in ASCII lower case; these
 * cases hold them in every case and script the patterns accept, so a literal the guard lacks, or a wrong fold, shows
 * as a lost entity, and a guard that is lost shows in the derived literals.
 */
class EcommerceEntitiesTests {

    @Test
    void orderNumbersWhateverTheCaseOrScript() {
        assertThat(values("ORDER NUMBER: AB-12345 please", false)).containsExactly("order_number=AB-12345");
        assertThat(values("my Order No. is #A1234567", false)).containsExactly("order_number=A1234567");
        assertThat(values("#123456 is it", false)).containsExactly("order_number=123456");
        assertThat(values("订单：A-998877", false)).containsExactly("order_number=A-998877");
    }

    @Test
    void trackingNumbersByKeywordOrCarrierPrefixInEitherCase() {
        assertThat(values("TRACKING NO: ABCDEFGH12", false)).containsExactly("tracking_number=ABCDEFGH12");
        assertThat(values("my parcel 1z999aa10123456784 is late", false))
                .containsExactly("tracking_number=1Z999AA10123456784");
        assertThat(values("sf123456789012", false)).containsExactly("tracking_number=SF123456789012");
        assertThat(values("Yt1234567890123", false)).containsExactly("tracking_number=YT1234567890123");
        assertThat(values("jdabcdefghijklm is the code", false)).containsExactly("tracking_number=JDABCDEFGHIJKLM");
        assertThat(values("快递单号是YT1234567890123", false)).containsExactly("tracking_number=YT1234567890123");
    }

    @Test
    void skusByKeyword() {
        assertThat(values("Item CODE is ZX-900", false)).containsExactly("sku=ZX-900");
        assertThat(values("SKU: ab-123", false)).containsExactly("sku=AB-123");
        assertThat(values("货号：A1234", false)).containsExactly("sku=A1234");
    }

    @Test
    void aBareNumberIsAnOrderOnlyWhenOneIsExpected() {
        assertThat(values("it is 98765", true)).containsExactly("order_number=98765");
        assertThat(values("it is 98765", false)).isEmpty();
        assertThat(values("no numbers here", true)).isEmpty();
    }

    @Test
    void returnReasonsAndProductsWhateverTheCase() {
        assertThat(values("MY SHOES DON'T FIT", false)).containsExactly("product=shoes", "return_reason=fit");
        assertThat(values("The Kettle Stopped Working", false))
                .containsExactly("product=kettle", "return_reason=defective");
        assertThat(values("NOT WHAT I ORDERED", false)).containsExactly("return_reason=wrong_item");
        assertThat(values("Changed My Mind, 不想要了", false)).containsExactly("return_reason=changed_mind");
    }

    @Test
    void eachPatternIsSearchedOnlyWhereItsLiteralsAre() {
        assertThat(literals(EcommerceEntities.ORDER_NUMBER)).hasToString("[[#, order, 订单]]");
        assertThat(literals(EcommerceEntities.TRACKING_NUMBER))
                .hasToString("[[1z, jd, sf, tracking, yt, 快递单, 物流单, 运单]]");
        assertThat(literals(EcommerceEntities.SKU_CODE)).hasToString("[[item code, item number, sku, 商品编号, 货号]]");
        assertThat(literals(EcommerceEntities.BARE_CODE)).hasToString("[[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]");
        assertThat(literals(EcommerceEntities.PRODUCTS)).hasSize(1);
        assertThat(literals(EcommerceEntities.PRODUCTS).getFirst()).contains("shoe", "tv", "鞋", "包");
        for (Map.Entry<GuardedPattern, String> reason : EcommerceEntities.REASONS) {
            List<List<String>> clauses = literals(reason.getKey());
            assertThat(clauses).as(reason.getValue()).hasSize(1);
            assertThat(clauses.getFirst()).as(reason.getValue()).allMatch(l -> l.equals(l.toLowerCase(Locale.ROOT)));
        }
    }

    private static List<List<String>> literals(GuardedPattern pattern) {
        return pattern.clauses().stream()
                .map(clause -> clause.stream().sorted().toList())
                .toList();
    }

    private static List<String> values(String text, boolean expectingOrder) {
        return EcommerceEntities.extract(text, List.of(), expectingOrder).stream()
                .map(Entity::toString)
                .map(s -> s.replaceAll("Entity\\[type=(.*), value=(.*)]", "$1=$2"))
                .toList();
    }
}
