/** The evaluation harness: scores the domain pipeline's PII, red-flag and intent recognition on labelled files. */
@NullMarked
package io.switchboard.domains.eval;

import org.jspecify.annotations.NullMarked;
