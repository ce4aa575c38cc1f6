package io.switchboard.inference.internal;

import java.net.URI;
import java.net.URISyntaxException;

/** A worker's base URL ({@code http://host:port}, no trailing slash), which is also its id in metrics and logs. */
record WorkerAddress(String url) {

    WorkerAddress {
        if (!isHttpUrl(url.strip())) {
            throw new IllegalArgumentException(
                    "a worker is an http(s) base URL such as http://10.0.0.7:8000, got: " + url);
        }
        url = url.strip().replaceAll("/+$", "");
    }

    String id() {
        return url;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
