package io.switchboard.domains.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number patterns run only on texts that hold one of their literals; these cases hold them in every case and
 * script the patterns accept, so a literal missing from a pre-check shows as a lost entity.
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

    private static List<String> values(String text, boolean expectingOrder) {
        return EcommerceEntities.extract(text, List.of(), expectingOrder).stream()
                .map(Entity::toString)
                .map(s -> s.replaceAll("Entity\\[type=(.*), value=(.*)]", "$1=$2"))
                .toList();
    }
}
