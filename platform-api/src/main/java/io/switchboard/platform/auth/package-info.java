/** Who is calling: operator key, tenant secret keys and their scopes. */
@NullMarked
package io.switchboard.platform.auth;

import org.jspecify.annotations.NullMarked;
