/** Test infrastructure shared by every module: where the PostgreSQL and Redis of a test run live. */
@NullMarked
package io.switchboard.testing;

import org.jspecify.annotations.NullMarked;
