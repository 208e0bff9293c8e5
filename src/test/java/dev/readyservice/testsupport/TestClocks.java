package dev.readyservice.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Clocks for tests that need a review to fail when it reads the time, or to see time move. */
public final class TestClocks {

    private TestClocks() {
    }

    /**
     * @param message what the clock throws
     * @return a clock that throws an {@link IllegalStateException} with {@code message} when read,
     *         the first thing a review does
     */
    public static Clock failing(String message) {
        return new UtcClock() {
            @Override
            public Instant instant() {
                throw new IllegalStateException(message);
            }
        };
    }

    /**
     * @param start the first reading
     * @return a clock that moves one second each time it is read
     */
    public static Clock stepping(Instant start) {
        return new UtcClock() {
            private Instant now = start;

            @Override
            public synchronized Instant instant() {
                Instant reading = now;
                now = now.plusSeconds(1);
                return reading;
            }
        };
    }

    /** A UTC clock whose zone cannot change, the part all test clocks share. */
    private abstract static class UtcClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
