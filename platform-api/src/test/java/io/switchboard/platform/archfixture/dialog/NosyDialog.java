package io.switchboard.platform.archfixture.dialog;

import io.switchboard.platform.archfixture.quota.LeakyQuota;
import io.switchboard.platform.archfixture.quota.internal.QuotaSecret;

/** Fixture: a library that reaches into another module's internals and closes a cycle with it. */
public class NosyDialog {
    QuotaSecret secret = new QuotaSecret();
    LeakyQuota quota;
}
