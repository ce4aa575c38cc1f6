/** The finance flow, its entity extraction, secret masking and texts. */
@NullMarked
package io.switchboard.domains.finance.internal;

import org.jspecify.annotations.NullMarked;
