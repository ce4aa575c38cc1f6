package io.switchboard.inference.internal;

import java.net.URI;

/** A worker's base URL ({@code http://host:port}, no trailing slash), which is also its id in metrics and logs. */
record WorkerAddress(String url) {

    WorkerAddress {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "a worker is an http(s) base URL such as http://10.0.0.7:8000, got: " + url);
        }
        url = url.strip().replaceAll("/+$", "");
    }

    String id() {
        return url;
    }
}
