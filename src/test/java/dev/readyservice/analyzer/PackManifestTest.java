package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackManifestTest {
    @TempDir
    Path pack;

    @Test
    void readsEveryPolicyOfTheManifest() throws IOException {
        FakePack.manifest(pack, """
                {"policies": [
                  {"name": "enable-storage-encryption", "items": ["security.encryption-at-rest"], "enforcementLevel": "mandatory",
                   "waivableInProd": false, "evidenceTypes": ["azure-native:storage:StorageAccount"], "description": "AES-256"},
                  {"name": "configure-tls", "items": ["security.tls-in-transit"], "enforcementLevel": "advisory", "waivableInProd": true}
                ]}""");

        assertThat(PackManifest.read(pack)).containsExactly(
                new PolicyDescriptor("enable-storage-encryption", List.of("security.encryption-at-rest"), EnforcementLevel.MANDATORY,
                        false, List.of("azure-native:storage:StorageAccount"), "AES-256"),
                new PolicyDescriptor("configure-tls", List.of("security.tls-in-transit"), EnforcementLevel.ADVISORY, true, List.of(), ""));
    }

    @Test
    void aMissingManifestSaysHowToBuildThePack() {
        assertThatThrownBy(() -> PackManifest.read(pack)).isInstanceOf(PolicyPackException.class)
                .hasMessageContaining("npm ci && npm run build");
    }

    @Test
    void aMalformedManifestNamesTheProblem() throws IOException {
        FakePack.manifest(pack, "{\"policies\": [{\"items\": []}]}");
        assertThatThrownBy(() -> PackManifest.read(pack)).hasMessageContaining("a policy has no `name`");
        FakePack.manifest(pack, "{\"policies\": [{\"name\": \"x\", \"enforcementLevel\": \"loud\"}]}");
        assertThatThrownBy(() -> PackManifest.read(pack)).hasMessageContaining("enforcementLevel 'loud'");
        FakePack.manifest(pack, "{}");
        assertThatThrownBy(() -> PackManifest.read(pack)).hasMessageContaining("no `policies` array");
        FakePack.manifest(pack, "{");
        assertThatThrownBy(() -> PackManifest.read(pack)).hasMessageContaining("is not a valid manifest");
    }
}
