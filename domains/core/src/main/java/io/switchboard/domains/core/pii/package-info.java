/** Stand-in for the PII recognizers (replaced by the pii branch at merge): detection, redaction, streaming masking. */
@NullMarked
package io.switchboard.domains.core.pii;

import org.jspecify.annotations.NullMarked;
