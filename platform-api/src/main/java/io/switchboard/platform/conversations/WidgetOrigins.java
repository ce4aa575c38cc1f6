package io.switchboard.platform.conversations;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.switchboard.platform.keys.ApiKey;
import io.switchboard.platform.keys.ApiKeys;
import io.switchboard.platform.keys.KeyKind;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which publishable key a widget request belongs to, found from the URL alone (a CORS preflight carries no
 * credentials): the {@code key} query parameter when a session is opened, the conversation's key afterwards.
 * Only a usable publishable key whose allowed origins list the request's {@code Origin} lets a page in.
 */
@Component
class WidgetOrigins {

    private static final Pattern CONVERSATION = Pattern.compile("^/widget/v1/conversations/([0-9a-fA-F-]{36})(/.*)?$");
    private static final String ATTRIBUTE = WidgetOrigins.class.getName();

    private final ApiKeys keys;
    private final Conversations conversations;
    /** A conversation's publishable key never changes: remember it rather than read it on every widget request. */
    private final AsyncCache<UUID, Optional<UUID>> keyOfConversation = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(30))
            .maximumSize(100_000)
            .buildAsync();

    WidgetOrigins(ApiKeys keys, Conversations conversations) {
        this.keys = keys;
        this.conversations = conversations;
    }

    /** The publishable key of this request, if the URL names a usable one. */
    Mono<Optional<ApiKey>> key(ServerWebExchange exchange) {
        Optional<ApiKey> cached = exchange.getAttribute(ATTRIBUTE);
        if (cached != null) {
            return Mono.just(cached);
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        Mono<Optional<ApiKey>> found;
        String presented = exchange.getRequest().getQueryParams().getFirst("key");
        Matcher m = CONVERSATION.matcher(path);
        if (path.equals("/widget/v1/sessions")
                && presented != null
                && presented.startsWith(KeyKind.PUBLISHABLE.prefix())) {
            found = keys.find(presented);
        } else if (m.matches()) {
            found = conversations
                    .publishableKey(UUID.fromString(m.group(1)))
                    .flatMap(id -> id.map(keys::findById).orElse(Mono.just(Optional.empty())));
        } else {
            found = Mono.just(Optional.empty());
        }
        return found.map(k -> k.filter(ApiKey::usable).filter(key -> key.kind() == KeyKind.PUBLISHABLE))
                .doOnNext(k -> exchange.getAttributes().put(ATTRIBUTE, k));
    }

    static boolean allows(ApiKey key, String origin) {
        return key.allowedOrigins().contains(origin.toLowerCase(Locale.ROOT));
    }
}
