/** The machinery behind the domain SPI: prompt assembly and the guarded outbound stream. */
@NullMarked
package io.switchboard.domains.core.internal;

import org.jspecify.annotations.NullMarked;
