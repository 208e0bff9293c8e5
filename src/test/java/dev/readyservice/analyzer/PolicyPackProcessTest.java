package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs small throw-away node scripts ({@link FakePack}) in place of a pack. */
class PolicyPackProcessTest {
    @TempDir
    Path pack;

    @Test
    void readsThePortThePackPrintsAndStopsItOnClose() throws IOException {
        FakePack.script(pack, "console.log('starting'); console.log(45678); setInterval(() => {}, 1000);");

        PolicyPackProcess process = PolicyPackProcess.start(pack, Duration.ofSeconds(20));
        try (process) {
            assertThat(process.port()).isEqualTo(45678);
            assertThat(process.isAlive()).isTrue();
        }
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void stopsTheProcessesThePackStarted() throws IOException {
        FakePack.script(pack, """
                const { spawn } = require('child_process');
                spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
                setTimeout(() => console.log(40001), 300);
                setInterval(() => {}, 1000);""");

        PolicyPackProcess process = PolicyPackProcess.start(pack, Duration.ofSeconds(20));
        List<ProcessHandle> children = ProcessHandle.of(process.pid()).orElseThrow().descendants().toList();
        process.close();

        assertThat(children).isNotEmpty();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void stopsADaemonThePackStartedThatLeftItsSessionAndWasReparented() throws IOException, InterruptedException {
        Path pidFile = pack.resolve("daemon.pid");
        FakePack.script(pack, """
                const { spawn } = require('child_process');
                spawn('sh', ['-c', "(setsid sh -c 'echo $$ > %s; exec sleep 300' &)"], { stdio: 'ignore' });
                setTimeout(() => console.log(40002), 500);
                setInterval(() => {}, 1000);""".formatted(pidFile));

        PolicyPackProcess process = PolicyPackProcess.start(pack, Duration.ofSeconds(20));
        for (int i = 0; i < 50 && !Files.exists(pidFile); i++) {
            Thread.sleep(100);
        }
        long daemon = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(daemon).filter(ProcessHandle::isAlive)).isPresent();
        process.close();

        assertThat(ProcessHandle.of(daemon).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void aPackThatDiesBeforePrintingAPortFailsWithItsStderr() throws IOException {
        FakePack.script(pack, "console.error(\"Error: Cannot find module '@pulumi/policy'\"); process.exit(1);");

        assertStartFails(Duration.ofSeconds(20))
                .hasMessageContainingAll("exited with code 1 before printing a port", "Cannot find module '@pulumi/policy'")
                .satisfies(e -> assertThat(((PolicyPackException) e).stderrTail()).contains("Cannot find module"));
    }

    @Test
    void aPackThatPrintsNoPortTimesOutAndIsStopped() throws IOException {
        FakePack.script(pack, "console.error('still loading'); console.log('no port here'); setInterval(() => {}, 1000);");

        assertStartFails(Duration.ofMillis(1500)).hasMessageContainingAll("printed no port within 1500 ms", "still loading");
        // Nothing of ours may be left running: the failure path stops the process too.
        assertThat(ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").contains("node")))
                .noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void anUnbuiltPackSaysHowToBuildIt() {
        assertThatThrownBy(() -> PolicyPackProcess.start(pack, Duration.ofSeconds(1)))
                .isInstanceOf(PolicyPackException.class)
                .hasMessageContaining("is not built").hasMessageContaining("npm ci && npm run build");
    }

    @Test
    void aMissingNodeIsNamed() {
        assertThatThrownBy(() -> PolicyPackProcess.start(pack, List.of("no-such-node-binary-xyz", "bin/index.js"), Duration.ofSeconds(1)))
                .isInstanceOf(PolicyPackException.class)
                .hasMessageContaining("is Node.js 20 installed and on the PATH?");
    }

    @Test
    void acceptsOnlyAPlausiblePortLine() {
        assertThat(PolicyPackProcess.parsePort(" 51234 ")).contains(51234);
        assertThat(PolicyPackProcess.parsePort("0")).isEmpty();
        assertThat(PolicyPackProcess.parsePort("70000")).isEmpty();
        assertThat(PolicyPackProcess.parsePort("port 5")).isEmpty();
    }

    @Test
    void aLaunchDrivesAPackProcessEndToEnd() throws IOException {
        FakeAnalyzer fake = new FakeAnalyzer();
        fake.stackDiagnostics.add(FakeAnalyzer.diagnostic("missing-golden-signal-monitors",
                pulumirpc.AnalyzerOuterClass.EnforcementLevel.MANDATORY, "no latency monitor for api", ""));
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(fake).build().start();
        try {
            FakePack.script(pack, "console.log(" + server.getPort() + "); setInterval(() => {}, 1000);");
            FakePack.manifest(pack, """
                    {"policies": [{"name": "missing-golden-signal-monitors", "items": ["monitoring.golden-signals"],
                      "enforcementLevel": "mandatory"}]}""");
            Path config = Files.writeString(pack.resolve("config.json"), "{\"enable-storage-encryption\": \"disabled\"}");

            Analysis analysis;
            try (PolicyPackLaunch launch = PolicyPackLaunch.begin(pack, Optional.of(config), "shop", "qa", Duration.ofSeconds(20))) {
                analysis = launch.analyze(AnalyzerFixtures.preview());
            }

            assertThat(analysis.findings()).extracting(Finding::message, Finding::items)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("no latency monitor for api", List.of("monitoring.golden-signals")));
            assertThat(fake.configures.get(0).getPolicyConfigMap().get("enable-storage-encryption").getEnforcementLevel())
                    .isEqualTo(pulumirpc.AnalyzerOuterClass.EnforcementLevel.DISABLED);
            // Every resource is analysed, components, the stack and the default datadog provider included, as the engine does.
            assertThat(fake.analyzed).hasSize(AnalyzerFixtures.preview().resources().size() + 1);
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aLaunchAddsThePacksStderrToAFailedCall() throws IOException {
        FakeAnalyzer fake = new FakeAnalyzer();
        fake.failAnalyze = true;
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0)).addService(fake).build().start();
        try {
            FakePack.withoutPolicies(pack,
                    "console.error('TypeError: x is undefined at policy.ts:12'); console.log(" + server.getPort() + "); setInterval(() => {}, 1000);");

            assertThatThrownBy(() -> {
                try (PolicyPackLaunch launch = PolicyPackLaunch.begin(pack, Optional.empty(), "shop", "qa", Duration.ofSeconds(20))) {
                    launch.analyze(AnalyzerFixtures.preview());
                }
            })
                    .isInstanceOf(PolicyPackException.class)
                    .hasMessageContaining("policy threw: boom");
        } finally {
            server.shutdownNow();
        }
    }

    /** @return an assertion on the {@link PolicyPackException} starting the pack must throw */
    private AbstractThrowableAssert<?, ? extends Throwable> assertStartFails(Duration timeout) {
        return assertThatThrownBy(() -> PolicyPackProcess.start(pack, timeout)).isInstanceOf(PolicyPackException.class);
    }
}
