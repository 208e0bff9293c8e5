package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgramFailureTest {

    @Test
    void theWorkaroundsNameOurBindingsAndTheClassesTheyReplace() {
        assertThat(ProgramFailure.OUR_BINDINGS).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                com.pulumi.azurenative.dataprotection.BackupPolicy.class.getName(), dev.readyservice.azure.bindings.BackupPolicy.class.getName(),
                com.pulumi.azurenative.dataprotection.BackupInstance.class.getName(), dev.readyservice.azure.bindings.BackupInstance.class.getName()));
    }

    @Test
    void theInvalidSpecErrorIsTheComponentsOwnAndIsBadInputOnlyWhenTheSdkReportedIt() {
        String message = new dev.readyservice.component.InvalidSpecException("stack config", java.util.List.of(
                new dev.readyservice.component.Violation("product.team", "'TODO'", "the team's value"))).getMessage();
        assertThat(message).startsWith(ProgramFailure.INVALID_SPEC);
        assertThat(ProgramFailure.invalidSpec(32, java.util.List.of("Running program [PID: 7] failed with an unhandled exception:\n  " + message))).isTrue();
        assertThat(ProgramFailure.invalidSpec(1, java.util.List.of(message))).as("another exit code is another failure").isFalse();
        assertThat(ProgramFailure.invalidSpec(32, java.util.List.of("java.lang.IllegalStateException: broken"))).isFalse();
    }

    @Test
    void dropsTheCommandLineTheSdkEchoesButKeepsThePidAndTheError() {
        String sdk = "Running program [PID: 42](/usr/bin/java -cp /a.jar:/b (x).jar Main) failed with an unhandled exception:\n"
                + "java.lang.IllegalStateException: boom\n";

        assertThat(ProgramFailure.tidy(sdk)).isEqualTo(
                "Running program [PID: 42] failed with an unhandled exception:\njava.lang.IllegalStateException: boom");
    }

    @Test
    void leavesOtherMessagesAsTheyAre() {
        assertThat(ProgramFailure.tidy("Running program failed")).isEqualTo("Running program failed");
    }

    @Test
    void stackFramesAreDroppedWithAHintButTheExceptionLinesStay() {
        String reported = "; it reported:\njava.lang.IllegalStateException: boom\n\tat shop.Main.main(Main.java:12)\n"
                + "Caused by: java.io.IOException: disk\n\tat shop.Disk.read(Disk.java:3)\n\t... 4 more";

        assertThat(ProgramFailure.withoutStackFrames(reported)).isEqualTo(
                "; it reported:\njava.lang.IllegalStateException: boom\nCaused by: java.io.IOException: disk\n"
                        + ProgramFailure.DEBUG_HINT);
    }

    @Test
    void aMessageWithoutFramesIsLeftAsItIs() {
        assertThat(ProgramFailure.withoutStackFrames("; it reported:\nno owner configured")).isEqualTo("; it reported:\nno owner configured");
    }

    /** What the Java SDK 1.36.1 logs when the official backup policy class gets its rules back (BackupPolicyUnionOutputsTest). */
    private static final String UNION_WARNING = "com.pulumi.azurenative.dataprotection.outputs.BackupPolicyResponse(policyRules)[0]; Can't convert"
            + " OneOf to Either, couldn't match 'com.google.common.collect.RegularImmutableMap' to either"
            + " 'com.pulumi.azurenative.dataprotection.outputs.AzureBackupRuleResponse' or 'com.pulumi.azurenative.dataprotection.outputs.AzureRetentionRuleResponse'";
    private static final String CONVERSION_ERROR = "Running program [PID: 7] failed with an unhandled exception:\n"
            + "java.lang.UnsupportedOperationException: Convert [com.pulumi.azurenative.dataprotection.BackupPolicy.properties]: Error converting"
            + " 'com.google.common.collect.RegularImmutableMap' to 'TypeShape{type=class com.pulumi.azurenative.dataprotection.outputs.BackupPolicyResponse,"
            + " parameters=[]}'. null";

    @Test
    void anUnreadableUnionNamesTheTypeTheSdkLimitationAndOurBinding() {
        String hint = ProgramFailure.unreadableUnions(java.util.List.of(CONVERSION_ERROR), java.util.List.of(UNION_WARNING));

        assertThat(hint).contains("com.pulumi.azurenative.dataprotection.BackupPolicy (azure-native:dataprotection:BackupPolicy)")
                .contains("pulumi-java 1.36.1").contains("PR #2302").contains("pulumi preview and pulumi up")
                .contains("Use dev.readyservice.azure.bindings.BackupPolicy instead of com.pulumi.azurenative.dataprotection.BackupPolicy");
    }

    /** What the SDK logs when the official backup instance class gets a vaulted blob backup back (BackupInstanceUnionOutputsTest). */
    private static final String INSTANCE_UNION_WARNING = "com.pulumi.azurenative.dataprotection.outputs.PolicyParametersResponse(backupDatasourceParametersList)[0];"
            + " Can't convert OneOf to Either, couldn't match 'com.google.common.collect.RegularImmutableMap' to either"
            + " 'com.pulumi.azurenative.dataprotection.outputs.BlobBackupDatasourceParametersResponse' or"
            + " 'com.pulumi.azurenative.dataprotection.outputs.KubernetesClusterBackupDatasourceParametersResponse'";
    private static final String INSTANCE_CONVERSION_ERROR = "java.lang.UnsupportedOperationException: Convert"
            + " [com.pulumi.azurenative.dataprotection.BackupInstance.properties]: Error converting 'com.google.common.collect.RegularImmutableMap'"
            + " to 'TypeShape{type=class com.pulumi.azurenative.dataprotection.outputs.BackupInstanceResponse, parameters=[]}'. null";

    @Test
    void anUnreadableBackupInstanceNamesOurInstanceBinding() {
        String hint = ProgramFailure.unreadableUnions(java.util.List.of(INSTANCE_CONVERSION_ERROR), java.util.List.of(INSTANCE_UNION_WARNING));

        assertThat(hint).contains("com.pulumi.azurenative.dataprotection.BackupInstance (azure-native:dataprotection:BackupInstance)")
                .contains("Use dev.readyservice.azure.bindings.BackupInstance instead of com.pulumi.azurenative.dataprotection.BackupInstance")
                .doesNotContain("bindings.BackupPolicy");
    }

    @Test
    void bothOfficialClassesFailingGetBothWorkarounds() {
        String hint = ProgramFailure.unreadableUnions(java.util.List.of(CONVERSION_ERROR, INSTANCE_CONVERSION_ERROR),
                java.util.List.of(UNION_WARNING, INSTANCE_UNION_WARNING));

        assertThat(hint).contains("Use dev.readyservice.azure.bindings.BackupPolicy instead of com.pulumi.azurenative.dataprotection.BackupPolicy; "
                + "Use dev.readyservice.azure.bindings.BackupInstance instead of com.pulumi.azurenative.dataprotection.BackupInstance");
    }

    @Test
    void anotherTypeGetsTheGeneralWorkaround() {
        String error = "java.lang.UnsupportedOperationException: Convert [com.pulumi.azurenative.network.Thing.rules]: Error converting 'x' to 'y'. null";

        assertThat(ProgramFailure.unreadableUnions(java.util.List.of(error), java.util.List.of(UNION_WARNING)))
                .contains("com.pulumi.azurenative.network.Thing (azure-native:network:Thing)").contains("Bind the type with outputs the SDK can read");
    }

    @Test
    void noHintWithoutTheUnionWarningOrWithoutAConversionError() {
        assertThat(ProgramFailure.unreadableUnions(java.util.List.of(CONVERSION_ERROR), java.util.List.of("some other warning"))).isEmpty();
        assertThat(ProgramFailure.unreadableUnions(java.util.List.of("java.lang.IllegalStateException: boom"), java.util.List.of(UNION_WARNING)))
                .isEmpty();
    }

    @Test
    void typeTokensOfAzureNativeClasses() {
        assertThat(ProgramFailure.typeToken("com.pulumi.azurenative.dataprotection.BackupPolicy")).isEqualTo("azure-native:dataprotection:BackupPolicy");
        assertThat(ProgramFailure.typeToken("shop.Thing")).isEqualTo("shop.Thing");
    }
}
