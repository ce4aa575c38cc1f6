/** The domain plugin SPI: what a tenant's domain may say, must collect and must never leak. */
@NullMarked
package io.switchboard.domains.core;

import org.jspecify.annotations.NullMarked;
