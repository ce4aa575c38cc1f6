/** The CRM integrations' store and admin API, the signed SSRF-safe client and the domain ports served over it. */
@NullMarked
package io.switchboard.platform.crm.internal;

import org.jspecify.annotations.NullMarked;
