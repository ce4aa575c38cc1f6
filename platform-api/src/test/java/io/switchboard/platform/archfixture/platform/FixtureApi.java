package io.switchboard.platform.archfixture.platform;

/** Fixture: stands for the platform module. */
public class FixtureApi {}
