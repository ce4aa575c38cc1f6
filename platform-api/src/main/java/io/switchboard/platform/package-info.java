/** The Switchboard API application: configuration and the wiring of every module. */
@NullMarked
package io.switchboard.platform;

import org.jspecify.annotations.NullMarked;
