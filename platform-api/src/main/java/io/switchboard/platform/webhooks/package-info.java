/** Signed webhooks: the port through which the platform publishes events to tenants' HTTP endpoints. */
@NullMarked
package io.switchboard.platform.webhooks;

import org.jspecify.annotations.NullMarked;
