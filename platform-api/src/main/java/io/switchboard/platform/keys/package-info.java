/** API keys: minted once, stored as SHA-256 hashes, looked up through a short-lived cache. */
@NullMarked
package io.switchboard.platform.keys;

import org.jspecify.annotations.NullMarked;
