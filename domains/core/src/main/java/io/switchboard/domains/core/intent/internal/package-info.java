/** Feature extraction and the softmax model behind the intent classifier. */
@NullMarked
package io.switchboard.domains.core.intent.internal;

import org.jspecify.annotations.NullMarked;
