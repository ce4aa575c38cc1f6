package io.switchboard.platform.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A tenant's CRM on 127.0.0.1 as docs/crm.md describes it, for tests: it checks every request's
 * {@code Switchboard-Signature} (with its own HMAC code, not the platform's) and answers 401 to a bad one, knows one
 * customer and three orders, and can be told to misbehave (slow, 5xx, garbage).
 */
public final class FakeCrm implements AutoCloseable {

    public static final String SECRET = "crm-shared-secret-0123456789abcdef";
    public static final String CUSTOMER = "CUST-1001";

    private static final Pattern DOB = Pattern.compile("\"dateOfBirth\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern LAST_FOUR = Pattern.compile("\"lastFour\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    /** How the CRM answers. */
    public enum Mode {
        HEALTHY,
        SLOW,
        SERVER_ERROR,
        GARBAGE
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.HEALTHY;

    private FakeCrm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/crm/switchboard/v1/identity/verify", exchange -> handle(exchange, this::verify));
        server.createContext("/crm/switchboard/v1/orders/lookup", exchange -> handle(exchange, this::order));
        server.start();
    }

    public static FakeCrm start() {
        try {
            return new FakeCrm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL a tenant configures. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/crm";
    }

    public void behave(Mode mode) {
        this.mode = mode;
    }

    /** Requests whose signature checked out. */
    public List<Received> signed() {
        return received.stream().filter(Received::signatureValid).toList();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange, Answer answer) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean valid = "POST".equals(exchange.getRequestMethod())
                    && signatureValid(exchange.getRequestHeaders().getFirst("Switchboard-Signature"), body);
            received.add(new Received(exchange.getRequestURI().getPath(), body, valid));
            if (!valid) {
                respond(exchange, 401, "{\"error\":\"bad signature\"}");
                return;
            }
            switch (mode) {
                case SLOW -> {
                    pause(Duration.ofSeconds(4));
                    answer.respond(exchange, body);
                }
                case SERVER_ERROR -> respond(exchange, 503, "{\"error\":\"maintenance\"}");
                case GARBAGE -> respond(exchange, 200, "<html>Login</html>");
                case HEALTHY -> answer.respond(exchange, body);
            }
        }
    }

    private void verify(HttpExchange exchange, String body) throws IOException {
        boolean match = "1985-04-12".equals(field(DOB, body)) && "4242".equals(field(LAST_FOUR, body));
        respond(
                exchange,
                200,
                match ? "{\"verified\":true,\"customerRef\":\"" + CUSTOMER + "\"}" : "{\"verified\":false}");
    }

    private void order(HttpExchange exchange, String body) throws IOException {
        String number = field(NUMBER, body);
        LocalDate today = LocalDate.now();
        String answer = switch (number == null ? "" : number) {
            case "A12345678" -> "{\"number\":\"A12345678\",\"status\":\"shipped\"}";
            case "A87654321" ->
                "{\"number\":\"A87654321\",\"status\":\"delivered\",\"deliveredOn\":\"" + today.minusDays(5) + "\"}";
            case "A11112222" ->
                "{\"number\":\"A11112222\",\"status\":\"delivered\",\"deliveredOn\":\"" + today.minusDays(45) + "\"}";
            default -> null;
        };
        if (answer == null) {
            respond(exchange, 404, "{\"error\":\"no such order\"}");
        } else {
            respond(exchange, 200, answer);
        }
    }

    private static boolean signatureValid(String header, String body) {
        if (header == null) {
            return false;
        }
        Matcher m = SIGNATURE.matcher(header);
        if (!m.matches()) {
            return false;
        }
        long t = Long.parseLong(m.group(1));
        if (Math.abs(Instant.now().getEpochSecond() - t) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(m.group(2)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Answer {
        void respond(HttpExchange exchange, String body) throws IOException;
    }

    /** One request as the CRM saw it. */
    public record Received(String path, String body, boolean signatureValid) {}

    /** The decoded request fields, for assertions. */
    public static Map<String, String> fields(Received request) {
        return Map.of(
                "dateOfBirth", String.valueOf(field(DOB, request.body())),
                "lastFour", String.valueOf(field(LAST_FOUR, request.body())),
                "number", String.valueOf(field(NUMBER, request.body())));
    }
}
