package org.parley.core.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock for tests in Berlin's zone: it stands where the test sets it and moves {@code tick} at each reading. */
public final class TestClock extends Clock {
    private Instant now;
    private final Duration tick;

    public TestClock(Instant start, Duration tick) {
        this.now = start;
        this.tick = tick;
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Europe/Berlin");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests keep Berlin's zone");
    }

    @Override
    public synchronized Instant instant() {
        Instant t = now;
        now = now.plus(tick);
        return t;
    }
}
