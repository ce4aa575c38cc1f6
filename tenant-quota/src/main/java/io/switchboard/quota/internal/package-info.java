/** Redis enforcement of the quota (Lua scripts on Redis time), the local fallback and the Spring wiring. */
@NullMarked
package io.switchboard.quota.internal;

import org.jspecify.annotations.NullMarked;
