/** The demo tenant that the run command creates on a fresh database. */
@NullMarked
package io.switchboard.platform.demo;

import org.jspecify.annotations.NullMarked;
