/** Finds personal data in English and Chinese text and swaps it for numbered placeholders, in and out of the model. */
@NullMarked
package io.switchboard.domains.core.pii;

import org.jspecify.annotations.NullMarked;
