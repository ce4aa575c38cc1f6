/**
 * Outbound HTTP to tenants' own servers (webhooks, CRM integrations): URLs, SSRF-safe resolution that pins one
 * checked address, a client that connects only to that address and never follows a redirect, and the HMAC signature
 * every such request carries.
 */
@NullMarked
package io.switchboard.platform.net;

import org.jspecify.annotations.NullMarked;
