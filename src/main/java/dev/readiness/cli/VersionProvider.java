package dev.readiness.cli;

import picocli.CommandLine.IVersionProvider;

/** Feeds {@code --version} from the version Maven wrote into the jar. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"readiness " + ToolVersion.get()};
    }
}
