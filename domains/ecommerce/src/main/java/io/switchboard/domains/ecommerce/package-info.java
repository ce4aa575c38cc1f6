/** The e-commerce plugin: order-status and return flows with their required facts, complaints to a human. */
@NullMarked
package io.switchboard.domains.ecommerce;

import org.jspecify.annotations.NullMarked;
