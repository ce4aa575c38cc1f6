/** The e-commerce flow, its entity extraction and texts. */
@NullMarked
package io.switchboard.domains.ecommerce.internal;

import org.jspecify.annotations.NullMarked;
