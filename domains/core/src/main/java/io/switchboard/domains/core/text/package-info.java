/**
 * Shared text recognizers for English and Chinese: clauses, numbers, language, and patterns searched only in texts that
 * hold the literals every match needs.
 */
@NullMarked
package io.switchboard.domains.core.text;

import org.jspecify.annotations.NullMarked;
