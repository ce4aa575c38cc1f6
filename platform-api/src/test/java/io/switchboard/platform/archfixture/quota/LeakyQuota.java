package io.switchboard.platform.archfixture.quota;

import io.switchboard.platform.archfixture.dialog.NosyDialog;
import io.switchboard.platform.archfixture.platform.FixtureApi;

/** Fixture: a library that points back at the platform (a reversed arrow) and at a sibling library. */
public class LeakyQuota {
    FixtureApi api = new FixtureApi();
    NosyDialog dialog;
}
