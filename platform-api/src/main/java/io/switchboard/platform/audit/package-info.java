/** The audit log of admin actions. */
@NullMarked
package io.switchboard.platform.audit;

import org.jspecify.annotations.NullMarked;
