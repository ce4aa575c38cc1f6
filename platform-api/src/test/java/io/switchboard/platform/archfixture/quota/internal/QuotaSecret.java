package io.switchboard.platform.archfixture.quota.internal;

/** Fixture: an internal class of the quota module. */
public class QuotaSecret {}
