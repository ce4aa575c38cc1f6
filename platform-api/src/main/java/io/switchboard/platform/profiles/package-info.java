/** What the hot path needs to know of a tenant (plan, domain configuration), cached for a few seconds. */
@NullMarked
package io.switchboard.platform.profiles;

import org.jspecify.annotations.NullMarked;
