/** Blocking JDBC moved off the event loop onto a bounded, named scheduler. */
@NullMarked
package io.switchboard.platform.db;

import org.jspecify.annotations.NullMarked;
