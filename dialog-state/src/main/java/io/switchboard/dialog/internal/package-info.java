/** Redis scripts, the context-window policy, the PostgreSQL transcript and the outbox writer behind {@code Dialogs}. */
@NullMarked
package io.switchboard.dialog.internal;

import org.jspecify.annotations.NullMarked;
