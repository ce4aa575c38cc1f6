/** Shared text recognizers for English and Chinese: clauses, negation and history cues, numbers. */
@NullMarked
package io.switchboard.domains.core.text;

import org.jspecify.annotations.NullMarked;
