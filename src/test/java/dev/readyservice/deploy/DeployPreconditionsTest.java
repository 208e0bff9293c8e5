package dev.readyservice.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployPreconditionsTest {
    static final CommandLocator FOUND = name -> Optional.of(Path.of("/bin/" + name));
    static final StackFileFacts PLAIN = new StackFileFacts(Optional.empty(), false);

    @Test
    void aCompleteEnvironmentHasNoProblems() {
        assertThat(new DeployPreconditions(Environments.complete(), FOUND).check("qa", PLAIN, true)).isEmpty();
    }

    @Test
    void anEmptyEnvironmentListsEveryCredentialInOrder() {
        assertThat(new DeployPreconditions(Map.of(), name -> Optional.empty()).check("qa", PLAIN, false))
                .extracting(line -> line.substring(0, line.indexOf(' ')))
                .containsExactly("pulumi", "ARM_CLIENT_ID", "ARM_CLIENT_SECRET", "ARM_TENANT_ID",
                        "ARM_SUBSCRIPTION_ID", "DATADOG_API_KEY", "DATADOG_APP_KEY", "PAGERDUTY_TOKEN",
                        "PULUMI_CONFIG_PASSPHRASE");
    }

    @Test
    void managedIdentityOrOidcNeedsNoClientIdOrSecret() {
        for (String keyless : new String[] {"ARM_USE_MSI", "ARM_USE_OIDC"}) {
            Map<String, String> env = new HashMap<>(Environments.complete());
            env.remove("ARM_CLIENT_ID");
            env.remove("ARM_CLIENT_SECRET");
            env.put(keyless, "true");
            assertThat(new DeployPreconditions(env, FOUND).check("qa", PLAIN, false)).as(keyless).isEmpty();
        }
    }

    @Test
    void msiSetToFalseStillNeedsAServicePrincipal() {
        Map<String, String> env = new HashMap<>(Environments.complete());
        env.remove("ARM_CLIENT_SECRET");
        env.put("ARM_USE_MSI", "false");
        assertThat(new DeployPreconditions(env, FOUND).check("qa", PLAIN, false))
                .singleElement().asString().startsWith("ARM_CLIENT_SECRET is not set");
    }

    @Test
    void aPassphraseFileOrAStackSecretsProviderReplacesThePassphrase() {
        Map<String, String> env = new HashMap<>(Environments.complete());
        env.remove("PULUMI_CONFIG_PASSPHRASE");
        DeployPreconditions noPassphrase = new DeployPreconditions(env, FOUND);
        assertThat(noPassphrase.check("qa", PLAIN, false)).hasSize(1);
        assertThat(noPassphrase.check("qa",
                new StackFileFacts(Optional.of("azurekeyvault://checkout.vault.azure.net/keys/pulumi"), false), false))
                .isEmpty();
        assertThat(noPassphrase.check("qa", new StackFileFacts(Optional.of("passphrase"), false), false)).hasSize(1);
        env.put("PULUMI_CONFIG_PASSPHRASE_FILE", "/run/secrets/pulumi");
        assertThat(new DeployPreconditions(env, FOUND).check("qa", PLAIN, false)).isEmpty();
    }

    @Test
    void stackFileFactsReadTheSecretsProviderAndTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Pulumi.qa.yaml");
        Files.writeString(file, "secretsprovider: azurekeyvault://v.vault.azure.net/keys/k\n"
                + "config:\n  readyservice:product:\n    environment: qa\n  readyservice:postgresAdminPassword:\n"
                + "    secure: AAABAHZ1\n");
        assertThat(StackFileFacts.read(file)).isEqualTo(
                new StackFileFacts(Optional.of("azurekeyvault://v.vault.azure.net/keys/k"), false));
        Files.writeString(file, "config:\n  app:environment: production\n");
        assertThat(StackFileFacts.read(file).productionByConfig()).isTrue();
        Files.writeString(file, "just text\n");
        assertThat(StackFileFacts.read(file)).isEqualTo(PLAIN);
        assertThat(StackFileFacts.read(dir.resolve("Pulumi.none.yaml"))).isEqualTo(PLAIN);
    }

    @Test
    void theReferenceStacksAreReadAsQaAndProd() {
        assertThat(StackFileFacts.read(Path.of("Pulumi.qa.yaml")).productionByConfig()).isFalse();
        assertThat(StackFileFacts.read(Path.of("Pulumi.prod.yaml")).productionByConfig()).isTrue();
    }

    @Test
    void theCommandLocatorFindsExecutablesOnPathOnly(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path pulumi = Files.createFile(bin.resolve("pulumi"));
        Files.createFile(bin.resolve("notexec"));
        assertThat(pulumi.toFile().setExecutable(true)).isTrue();
        CommandLocator onPath = CommandLocator.onPath(Map.of("PATH", "" + java.io.File.pathSeparator + bin));

        assertThat(onPath.find("pulumi")).contains(pulumi);
        assertThat(onPath.find("notexec")).isEmpty();
        assertThat(onPath.find("kubectl")).isEmpty();
        assertThat(CommandLocator.onPath(Map.of()).find("pulumi")).isEmpty();
    }

    @Test
    void theCommandLocatorSharesTheOnePathLookup(@TempDir Path dir) throws Exception {
        // A folder named pulumi is no executable; pulumi.exe or pulumi.cmd is one only on Windows.
        Path first = Files.createDirectory(dir.resolve("first"));
        Files.createDirectory(first.resolve("pulumi"));
        Path cmd = Files.createFile(first.resolve("pulumi.cmd"));
        assertThat(cmd.toFile().setExecutable(true)).isTrue();
        CommandLocator onPath = CommandLocator.onPath(Map.of("PATH", first.toString()));
        assertThat(onPath.find("pulumi")).isEmpty();

        Path second = Files.createDirectory(dir.resolve("second"));
        Path pulumi = Files.createFile(second.resolve("pulumi"));
        assertThat(pulumi.toFile().setExecutable(true)).isTrue();
        assertThat(CommandLocator.onPath(Map.of("PATH", first + java.io.File.pathSeparator + second)).find("pulumi")).contains(pulumi);
    }
}
