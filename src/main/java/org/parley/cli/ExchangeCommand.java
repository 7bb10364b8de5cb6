package org.parley.cli;

import picocli.CommandLine.Command;

/** {@code parley exchange}: the older name of {@code parley export}, kept as an alias (same options, same output). */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        description = "The older name of 'parley export': the same options and the same output, for every format.")
final class ExchangeCommand extends ExportCommand {
}
