/** The explicit wiring of the library modules into the application: domains, the load signal, schedulers. */
@NullMarked
package io.switchboard.platform.wiring;

import org.jspecify.annotations.NullMarked;
