/** The medical triage plugin: red flags that escalate at once, a triage flow to a disposition, no diagnosis. */
@NullMarked
package io.switchboard.domains.medical;

import org.jspecify.annotations.NullMarked;
