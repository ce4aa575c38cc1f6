/** Red-flag rules, the triage protocol, entity extraction and the medical flow. */
@NullMarked
package io.switchboard.domains.medical.internal;

import org.jspecify.annotations.NullMarked;
