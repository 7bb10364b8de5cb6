package org.parley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

@Command(name = "parley", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, versionProvider = Version.class,
        description = "Code claims in news and diplomatic statements; keep them in a corpus; export datasets.",
        subcommands = {InitCommand.class, ImportCommand.class, ListCommand.class, ShowCommand.class,
                AnnotateCommand.class, DocCommand.class, MemoCommand.class, CodebookCommand.class, ExportCommand.class,
                ExchangeCommand.class, BackupCommand.class, RestoreCommand.class, RepairCommand.class})
final class ParleyCommand {
}
