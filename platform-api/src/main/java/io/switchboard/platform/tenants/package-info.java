/** Tenants and their plans, managed through the admin API. */
@NullMarked
package io.switchboard.platform.tenants;

import org.jspecify.annotations.NullMarked;
