/**
 * Secrets the platform must keep to use later (webhook signing secrets, tenants' CRM secrets), sealed before they
 * reach PostgreSQL so that a dump, a backup or a read-only SQL session does not hand them out.
 */
@NullMarked
package io.switchboard.platform.secrets;

import org.jspecify.annotations.NullMarked;
