package io.switchboard.platform.conversations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends a user's message and answers it as SSE events or as one JSON reply, with {@code Idempotency-Key}
 * handling; shared by the CRM API and the widget.
 */
@Component
class ChatSender {

    private final Turns turns;
    private final Idempotency idempotency;

    ChatSender(Turns turns, Idempotency idempotency) {
        this.turns = turns;
        this.idempotency = idempotency;
    }

    Mono<ResponseEntity<?>> send(
            UUID tenantId, UUID conversationId, String content, boolean sse, @Nullable String idempotencyKey) {
        if (idempotencyKey == null) {
            return turns.start(tenantId, conversationId, content)
                    .flatMap(started -> respond(
                            started.events().map(ChatSender::record),
                            sse,
                            RateLimitHeaders.admitted(started.rateLimit())));
        }
        return idempotency.begin(tenantId, conversationId, idempotencyKey).flatMap(stored -> {
            if (stored.isPresent()) {
                HttpHeaders headers = new HttpHeaders();
                headers.set("Idempotent-Replayed", "true");
                return respond(Flux.fromIterable(stored.get()), sse, headers);
            }
            List<Idempotency.Recorded> answer = new ArrayList<>();
            return turns.start(tenantId, conversationId, content)
                    .onErrorResume(e -> idempotency
                            .forget(tenantId, conversationId, idempotencyKey)
                            .then(Mono.error(e)))
                    .flatMap(started -> {
                        Flux<Idempotency.Recorded> events = started.events()
                                .map(ChatSender::record)
                                .doOnNext(answer::add)
                                .concatWith(Mono.defer(() ->
                                                idempotency.complete(tenantId, conversationId, idempotencyKey, answer))
                                        .then(Mono.empty()));
                        return respond(events, sse, RateLimitHeaders.admitted(started.rateLimit()));
                    });
        });
    }

    /** SSE only when the client names {@code text/event-stream}; a wildcard or nothing gets one JSON reply. */
    static boolean wantsEventStream(@Nullable String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> m.equalsTypeAndSubtype(MediaType.TEXT_EVENT_STREAM));
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }

    private static Idempotency.Recorded record(TurnEvent event) {
        return new Idempotency.Recorded(event.name(), event.data());
    }

    private static Mono<ResponseEntity<?>> respond(
            Flux<Idempotency.Recorded> events, boolean sse, HttpHeaders headers) {
        if (sse) {
            Flux<ServerSentEvent<Object>> body = events.map(
                    e -> ServerSentEvent.builder(e.data()).event(e.event()).build());
            return Mono.just(ResponseEntity.ok()
                    .headers(headers)
                    .contentType(MediaType.TEXT_EVENT_STREAM)
                    .body(body));
        }
        return events.collectList().map(list -> fold(list, headers));
    }

    /** One JSON reply from the events: the text, the fixed events, and the saved message or the error. */
    @SuppressWarnings("unchecked")
    private static ResponseEntity<Map<String, Object>> fold(List<Idempotency.Recorded> events, HttpHeaders headers) {
        StringBuilder reply = new StringBuilder();
        Map<String, Object> body = new LinkedHashMap<>();
        List<Object> notices = new ArrayList<>();
        Map<String, Object> error = null;
        for (Idempotency.Recorded e : events) {
            Map<String, Object> data = (Map<String, Object>) e.data();
            switch (e.event()) {
                case "delta" -> reply.append(data.get("text"));
                case "notice" -> notices.add(Map.of("event", e.event(), "data", data));
                case "escalation", "handoff" -> {
                    // a fixed message is the whole reply of its turn
                    notices.add(Map.of("event", e.event(), "data", data));
                    reply.append(reply.isEmpty() ? data.get("message") : "");
                }
                case "done" -> body.putAll(data);
                case "error" -> error = (Map<String, Object>) data.get("problem");
                default -> {}
            }
        }
        if (error != null) {
            Map<String, Object> problem = new LinkedHashMap<>(error);
            problem.put("partialReply", reply.toString());
            return ResponseEntity.status(HttpStatus.valueOf((Integer) problem.get("status")))
                    .headers(headers)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        body.put("reply", reply.toString());
        body.put("events", notices);
        return ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
