/** Intent classification for English and Chinese: character n-grams and a softmax model trained in-process. */
@NullMarked
package io.switchboard.domains.core.intent;

import org.jspecify.annotations.NullMarked;
