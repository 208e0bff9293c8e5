package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgramQuietTest {
    private static final Duration PERIOD = Duration.ofMillis(100);

    @Test
    void runsTheActionOnlyAfterAFullPeriodWithoutCalls() throws InterruptedException {
        ProgramQuiet quiet = new ProgramQuiet(PERIOD);
        List<Long> calls = new CopyOnWriteArrayList<>();
        AtomicLong ranAt = new AtomicLong();
        CountDownLatch ran = new CountDownLatch(1);
        quiet.runOnceQuiet(() -> {
            ranAt.set(System.nanoTime());
            ran.countDown();
        });
        // Calls every 20 ms for 6 periods: on a busy machine a pause may still let it run in between,
        // so what is asserted is the gap before it ran, whenever that was.
        for (int i = 0; i < 30 && ran.getCount() > 0; i++) {
            calls.add(System.nanoTime());
            call(quiet);
            Thread.sleep(20);
        }
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        long lastCallBefore = calls.stream().filter(t -> t < ranAt.get()).mapToLong(Long::longValue).max().orElseThrow();
        assertThat(Duration.ofNanos(ranAt.get() - lastCallBefore)).isGreaterThanOrEqualTo(PERIOD);
    }

    @Test
    void runsTheFirstActionArmedOnly() throws InterruptedException {
        ProgramQuiet quiet = new ProgramQuiet(PERIOD);
        AtomicInteger second = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        quiet.runOnceQuiet(first::countDown);
        quiet.runOnceQuiet(second::incrementAndGet);
        assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(PERIOD.multipliedBy(3).toMillis());
        assertThat(second).hasValue(0);
    }

    @Test
    void runsNothingOnceClosed() throws InterruptedException {
        ProgramQuiet quiet = new ProgramQuiet(Duration.ofSeconds(1));
        AtomicInteger ran = new AtomicInteger();
        call(quiet);
        quiet.runOnceQuiet(ran::incrementAndGet);
        quiet.close();
        Thread.sleep(1500);
        assertThat(ran).hasValue(0);
    }

    /** A call reaching the engine, as the server's interceptor chain passes it. */
    private static void call(ProgramQuiet quiet) {
        quiet.interceptCall(null, new Metadata(), (ServerCall<Object, Object> c, Metadata h) -> new ServerCall.Listener<>() { });
    }
}
