package org.parley.core.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.sqlite.BusyHandler;

/**
 * How long a writer waits for another program's write lock on the corpus (60 s unless a test or caller says
 * otherwise), and who is told, once, that it is waiting: the message names the other Parley's import when one has
 * recorded itself ({@link LongWrite}). The CLI prints it on stderr; core never prints.
 */
public record LockWait(Duration limit, Consumer<String> waiting) {
    public static final Duration LIMIT = Duration.ofSeconds(60);
    public static final LockWait DEFAULT = new LockWait(LIMIT, message -> { });

    public LockWait {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(waiting, "waiting");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a lock wait cannot be negative: " + limit);
        }
    }

    /** When the waiting message is given: after a second, or half the limit when that is shorter. */
    Duration tellAfter() {
        Duration half = limit.dividedBy(2);
        return half.compareTo(Duration.ofSeconds(1)) < 0 ? half : Duration.ofSeconds(1);
    }

    /** SQLite's busy handler for one connection: retries every millisecond or two up to the limit, telling once. */
    BusyHandler handlerFor(Path file) {
        return new BusyHandler() {
            private long started;
            private boolean told;

            @Override
            protected int callback(int tries) {
                long now = System.nanoTime();
                if (tries == 0) {
                    started = now;
                }
                long waited = now - started;
                if (waited >= limit.toNanos()) {
                    return 0;
                }
                if (!told && waited >= tellAfter().toNanos()) {
                    told = true;
                    waiting.accept(CorpusErrors.waiting(file));
                }
                try {
                    // short sleeps: an import lets writers in for a few milliseconds after each commit
                    Thread.sleep(tries < 20 ? 1 : 2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
                return 1;
            }
        };
    }
}
