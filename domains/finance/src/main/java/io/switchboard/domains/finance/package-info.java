/** The finance plugin: identity verification before account answers, no investment advice, no card secrets. */
@NullMarked
package io.switchboard.domains.finance;

import org.jspecify.annotations.NullMarked;
