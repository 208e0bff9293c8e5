package dev.readyservice.review.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnionCollectionsTest {

    @Test
    void findsAUnionInAListOrMapButNotAUnionOnItsOwn() {
        List<String> paths = new ArrayList<>();
        UnionCollections.collect("rules", new Shape.ListOf(new Shape.Union()), false, new HashSet<>(), paths);
        UnionCollections.collect("byName", new Shape.MapOf(new Shape.Union()), false, new HashSet<>(), paths);
        UnionCollections.collect("single", new Shape.Union(), false, new HashSet<>(), paths);
        UnionCollections.collect("names", new Shape.ListOf(new Shape.Scalar(Shape.Kind.STRING)), false, new HashSet<>(), paths);

        assertThat(paths).containsExactly("rules[]", "byName{}");
    }

    @Test
    void readsTheSdkClasses() {
        assertThat(UnionCollections.of("azure-native:dataprotection:BackupPolicy")).contains(List.of("properties.policyRules[]"));
        assertThat(UnionCollections.of("azure-native:dataprotection:BackupInstance"))
                .contains(List.of("properties.policyInfo.policyParameters.backupDatasourceParametersList[]"));
        assertThat(UnionCollections.of("azure-native:storage:StorageAccount")).contains(List.of());
        assertThat(UnionCollections.of("azure-native:nothing:Here")).isEmpty();
    }
}
