package org.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (the pom's version), or "dev" when run from classes. */
final class Version implements IVersionProvider {
    static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "Parley " + (v == null ? "dev" : v);
    }

    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }
}
