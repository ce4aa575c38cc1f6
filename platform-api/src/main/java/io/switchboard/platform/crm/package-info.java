/**
 * The tenants' CRM integrations: where the finance flow verifies a customer's identity and the e-commerce flow
 * looks up an order, each tenant through its own signed HTTP endpoint (docs/crm.md).
 */
@NullMarked
package io.switchboard.platform.crm;

import org.jspecify.annotations.NullMarked;
