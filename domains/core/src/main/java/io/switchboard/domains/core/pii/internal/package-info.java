/** The pattern rules, checksums, context cues and cryptography behind the PII API. */
@NullMarked
package io.switchboard.domains.core.pii.internal;

import org.jspecify.annotations.NullMarked;
