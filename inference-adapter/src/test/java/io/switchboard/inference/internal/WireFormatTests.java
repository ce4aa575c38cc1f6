package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatMessage;
import io.switchboard.inference.ChatReply;
import io.switchboard.inference.ChatRequest;
import io.switchboard.inference.Usage;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WireFormatTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesTheRequestAWorkerReads() {
        ChatRequest request = new ChatRequest(
                "c1",
                List.of(ChatMessage.system("Be brief — \"quote\" \\ back\nslash"), ChatMessage.user("订单 A123 ✓ 😀")),
                64,
                0.25);
        JsonNode streamed = JSON.readTree(WireFormat.requestBody(request, "moe-int8", true));
        JsonNode whole = JSON.readTree(WireFormat.requestBody(
                new ChatRequest(null, List.of(ChatMessage.user("hi")), null, null), "moe-int8", false));

        assertThat(streamed.get("model").asString()).isEqualTo("moe-int8");
        assertThat(streamed.get("messages")).hasSize(2);
        assertThat(streamed.get("messages").get(0).get("role").asString()).isEqualTo("system");
        assertThat(streamed.get("messages").get(0).get("content").asString())
                .isEqualTo("Be brief — \"quote\" \\ back\nslash");
        assertThat(streamed.get("messages").get(1).get("content").asString()).isEqualTo("订单 A123 ✓ 😀");
        assertThat(streamed.get("stream").asBoolean()).isTrue();
        assertThat(streamed.get("stream_options").get("include_usage").asBoolean())
                .isTrue();
        assertThat(streamed.get("max_tokens").asInt()).isEqualTo(64);
        assertThat(streamed.get("temperature").asDouble()).isEqualTo(0.25);
        assertThat(whole.get("stream").asBoolean()).isFalse();
        assertThat(whole.propertyNames()).containsExactlyInAnyOrder("model", "messages", "stream");
    }

    @Test
    void readsTextFinishReasonAndUsage() {
        ChatChunk token = WireFormat.chunk(
                "{\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}",
                "w1");
        ChatChunk usage = WireFormat.chunk(
                "{\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3,\"total_tokens\":10}}", "w1");
        assertThat(token).isEqualTo(new ChatChunk("Hi", null, null, "w1"));
        assertThat(usage).isEqualTo(new ChatChunk("", null, new Usage(7, 3), "w1"));
    }

    @Test
    void aModelsNulCharactersAreDroppedFromItsText() {
        // JSON's escape for NUL, as a random-weight checkpoint writes it: no client can show it, PostgreSQL can't store
        // it
        ChatChunk token = WireFormat.chunk(
                "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\\u0000b\\u0000\"},\"finish_reason\":null}]}",
                "w1");
        ChatReply reply = WireFormat.reply(
                "{\"choices\":[{\"message\":{\"content\":\"\\u0000ok\"},\"finish_reason\":\"stop\"}]}", "w1");
        assertThat(token.text()).isEqualTo("ab");
        assertThat(reply.text()).isEqualTo("ok");
    }

    @Test
    void readsACompletion() {
        ChatReply reply = WireFormat.reply(
                "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Done.\"},\"finish_reason\":\"stop\"}],"
                        + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}",
                "w2");
        assertThat(reply).isEqualTo(new ChatReply("Done.", "stop", new Usage(5, 2), "w2"));
        assertThatThrownBy(() -> WireFormat.reply("{\"object\":\"chat.completion\",\"choices\":[]}", "w2"))
                .isInstanceOfSatisfying(
                        WorkerFailure.class,
                        failure -> assertThat(failure.failureCause()).isEqualTo(FailureCause.PROTOCOL))
                .hasMessageContaining("without choices");
        assertThatThrownBy(() -> WireFormat.reply("{\"error\":\"busy\"}", "w2"))
                .isInstanceOfSatisfying(
                        WorkerFailure.class,
                        failure -> assertThat(failure.failureCause()).isEqualTo(FailureCause.ERROR_EVENT));
    }

    @Test
    void readsAChunkWhateverTheOrderOfItsFieldsAndSkipsWhatItDoesNotUse() {
        ChatChunk chunk = WireFormat.chunk(
                "{\"usage\":{\"completion_tokens\":7,\"extra\":{\"a\":[1,2]},\"prompt_tokens\":3},"
                        + "\"system_fingerprint\":null,\"choices\":[{\"finish_reason\":\"length\",\"logprobs\":"
                        + "{\"content\":[{\"token\":\"x\"}]},\"delta\":{\"role\":\"assistant\",\"content\":\"Hi\"}},"
                        + "{\"delta\":{\"content\":\"second choice\"}}],\"id\":\"c1\",\"error\":null}",
                "w");
        assertThat(chunk).isEqualTo(new ChatChunk("Hi", "length", new Usage(3, 7), "w"));
        assertThat(WireFormat.chunk("{\"choices\":[{\"delta\":{\"content\":null}}]}", "w")
                        .text())
                .isEmpty();
        assertThatThrownBy(() -> WireFormat.chunk("{\"choices\":[],\"error\":{\"code\":1}}", "w"))
                .hasMessageContaining("error event: error");
        assertThatThrownBy(() -> WireFormat.chunk("[1,2]", "w")).hasMessageContaining("not a JSON object");
    }

    @Test
    void turnsBothErrorShapesIntoAnErrorEvent() {
        for (String event : List.of(
                "{\"error\":{\"message\":\"out of memory\",\"type\":\"server_error\",\"code\":500}}",
                "{\"object\":\"error\",\"message\":\"out of memory\",\"type\":\"InternalServerError\",\"code\":500}",
                "{\"error\":\"out of memory\",\"error_type\":\"generation\"}")) {
            assertThatThrownBy(() -> WireFormat.chunk(event, "w"))
                    .isInstanceOfSatisfying(
                            WorkerFailure.class,
                            failure -> assertThat(failure.failureCause()).isEqualTo(FailureCause.ERROR_EVENT))
                    .hasMessageContaining("out of memory");
        }
    }

    @Test
    void readsTheMessageOfAnErrorBody() {
        assertThat(WireFormat.errorMessage("{\"error\":{\"message\":\"prompt too long\"}}"))
                .isEqualTo("prompt too long");
        assertThat(WireFormat.errorMessage("{\"object\":\"error\",\"message\":\"prompt too long\"}"))
                .isEqualTo("prompt too long");
        assertThat(WireFormat.errorMessage("<html>Bad Gateway</html>")).isEqualTo("<html>Bad Gateway</html>");
    }

    @Test
    void callsMalformedDataAProtocolFailure() {
        assertThatThrownBy(() -> WireFormat.chunk("{\"choices\":[{\"delta\":{\"content\"", "w"))
                .isInstanceOfSatisfying(
                        WorkerFailure.class,
                        failure -> assertThat(failure.failureCause()).isEqualTo(FailureCause.PROTOCOL));
    }
}
