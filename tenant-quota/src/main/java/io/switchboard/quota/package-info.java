/** The tenant quota's public API: plans, the load-aware formula, admissions, permits and the shared load signal. */
@NullMarked
package io.switchboard.quota;

import org.jspecify.annotations.NullMarked;
