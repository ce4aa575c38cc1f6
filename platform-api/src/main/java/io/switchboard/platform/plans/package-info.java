/** Plans (the quota parameters) managed by the operator, and a tenant's quota explained term by term. */
@NullMarked
package io.switchboard.platform.plans;

import org.jspecify.annotations.NullMarked;
