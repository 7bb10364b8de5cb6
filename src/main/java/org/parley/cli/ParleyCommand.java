package org.parley.cli;

import picocli.CommandLine.Command;

@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Code claims in news and diplomatic statements; keep them in a corpus; export datasets.",
        subcommands = {InitCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
                AnnotateCommand.class, CodebookCommand.class, BenchCommand.class, ExportCommand.class,
                ExchangeCommand.class})
final class ParleyCommand {
}
