package io.switchboard.platform.bench;

import io.switchboard.testing.fakeworker.FakeWorker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform in front of a fast fake worker vs the fake worker called directly, at the same request rates:
 * the platform's added latency (auth, quota, state, domain pipeline with PII filter, transcript outbox) and the
 * highest rate it sustains on this machine. Expects a platform already running against {@code FakeWorker} (see
 * scripts/bench-platform), with the operator key in {@code SWITCHBOARD_OPERATOR_KEY}.
 *
 * <p>Arguments: platform base URL, fake worker base URL, seconds per step, rates (comma-separated).
 */
public final class PlatformBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"(sk_live_[A-Za-z0-9]+)\"");

    public static void main(String[] args) throws Exception {
        String platform = args[0];
        String worker = args[1];
        int seconds = Integer.parseInt(args[2]);
        String operator = System.getenv("SWITCHBOARD_OPERATOR_KEY");
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        send(client, "PUT", platform + "/admin/v1/plans/bench", operator, """
                {"displayName":"Benchmark","basePerMinute":1000000,"minPerMinute":1000000,"maxPerMinute":1000000,
                 "coefficientComplexity":0,"coefficientHistory":0,"coefficientLoad":0,"burstSeconds":60,
                 "maxConcurrentStreams":100000,"failMode":"open"}""");
        String tenant = match(
                ID,
                send(
                        client,
                        "POST",
                        platform + "/admin/v1/tenants",
                        operator,
                        "{\"name\":\"bench-" + UUID.randomUUID() + "\",\"plan\":\"bench\",\"domain\":\"ecommerce\"}"));
        String key = match(
                KEY,
                send(
                        client,
                        "POST",
                        platform + "/admin/v1/tenants/" + tenant + "/keys",
                        operator,
                        "{\"kind\":\"secret\",\"scopes\":[\"chat\"]}"));
        List<String> conversations = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            conversations.add(match(ID, send(client, "POST", platform + "/v1/conversations", key, "{}")));
        }
        String body = "{\"content\":\"Do your hiking boots come in wide sizes? Write to me at ann@example.com\"}";
        String directBody = "{\"model\":\"" + FakeWorker.MODEL + "\",\"stream\":false,\"max_tokens\":16,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Do your hiking boots come in wide sizes?\"}]}";

        // the JIT compiles for the first minutes (C2 alone took ~30 s of CPU in our profile), and data made at start-up
        // is copied between survivor spaces until it is old enough to be tenured: warm up first, in rising steps, and
        // show what a new replica's first minutes look like
        int[][] warmUp = {{40, 20}, {80, 20}, {300, 30}};
        int sent = 0;
        for (int[] step : warmUp) {
            int from = sent;
            System.out.println(TurnLoad.run(
                    "warm-up @" + step[0],
                    client,
                    step[0],
                    step[1],
                    2000,
                    i -> TurnLoad.post(
                            platform + "/v1/conversations/" + conversations.get((from + i) % conversations.size())
                                    + "/messages",
                            key,
                            body)));
            sent += step[0] * step[1];
        }
        for (String rate : args[3].split(",")) {
            int r = Integer.parseInt(rate.strip());
            CpuTime.Split workerCpu = CpuTime.start(System.getenv("SWITCHBOARD_BENCH_WORKER_PID"));
            TurnLoad.Result direct = TurnLoad.run(
                    "worker direct @" + r,
                    client,
                    r,
                    seconds,
                    2000,
                    i -> TurnLoad.post(worker + "/v1/chat/completions", null, directBody));
            System.out.println(direct + workerCpu.perRequest(direct.ok()));
            int offset = r * seconds * 7;
            CpuTime.Split platformCpu = CpuTime.start(System.getenv("SWITCHBOARD_BENCH_PLATFORM_PID"));
            TurnLoad.Result turn = TurnLoad.run(
                    "platform turn @" + r,
                    client,
                    r,
                    seconds,
                    2000,
                    i -> TurnLoad.post(
                            platform + "/v1/conversations/" + conversations.get((offset + i) % conversations.size())
                                    + "/messages",
                            key,
                            body));
            System.out.println(turn + platformCpu.perRequest(turn.ok()));
        }
    }

    private static String send(HttpClient client, String method, String url, String key, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String match(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected reply: " + body);
        }
        return m.group(1);
    }
}
