/** Webhook subscriptions, the durable delivery queue, the SSRF-safe signed sender and the admin API. */
@NullMarked
package io.switchboard.platform.webhooks.internal;

import org.jspecify.annotations.NullMarked;
