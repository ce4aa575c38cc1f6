/** HTTP edge concerns shared by every route: problem details, body limits. */
@NullMarked
package io.switchboard.platform.web;

import org.jspecify.annotations.NullMarked;
