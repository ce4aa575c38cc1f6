/** Multi-turn dialog state in Redis and the transcript outbox to PostgreSQL: the module's public API. */
@NullMarked
package io.switchboard.dialog;

import org.jspecify.annotations.NullMarked;
