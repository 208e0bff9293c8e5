package dev.readyservice.azure;

import com.pulumi.azurenative.dbforpostgresql.Configuration;
import com.pulumi.azurenative.dbforpostgresql.ConfigurationArgs;
import com.pulumi.azurenative.dbforpostgresql.Server;
import com.pulumi.azurenative.dbforpostgresql.ServerArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.AuthConfigArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.BackupArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.DataEncryptionArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.HighAvailabilityArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.SkuArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.StorageArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.UserAssignedIdentityArgs;
import com.pulumi.azurenative.dbforpostgresql.inputs.UserIdentityArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An optional PostgreSQL flexible server (API 2022-12-01) with TLS 1.3 required, backups kept
 * {@code backupRetentionDays}, and in prod zone-redundant high availability, geo-redundant
 * backups and a customer-managed key.
 *
 * <p>Limits of API 2022-12-01, to check on a live subscription: it has no geo-backup key fields,
 * and Azure asks for a key in the paired region when geo-redundant backup and a customer-managed
 * key are combined, so prod creation may be refused until azure-native offers a newer API; the
 * encryption mode and geo-redundancy can only be chosen at creation. No firewall rule is created:
 * nobody can connect until the product grants network access on purpose.
 */
public final class PostgresFactory {

    /** Major version; the 2022-12-01 API enumerates 11 to 14. */
    public static final String VERSION = "14";

    /** Prod compute: General Purpose, the smallest tier that supports high availability. */
    public static final String PROD_SKU = "Standard_D2ds_v5";

    /** QA compute: Burstable, cheapest; it does not support high availability. */
    public static final String QA_SKU = "Standard_B1ms";

    /** Storage size in GiB. */
    public static final int STORAGE_GB = 128;

    /** Administrator login; the password comes from stack config as a secret. */
    public static final String ADMIN_LOGIN = "readyadmin";

    /** Source that marks a server parameter as set by us rather than by the platform. */
    public static final String PARAMETER_SOURCE = "user-override";

    /** Server parameters that make TLS mandatory and at least 1.3, in the order they are applied. */
    public static final Map<String, String> TLS_PARAMETERS = Map.of(
            "require_secure_transport", "on",
            "ssl_min_protocol_version", TlsFloors.POSTGRESQL);

    private PostgresFactory() {
    }

    /**
     * The customer-managed key of the server.
     *
     * @param keyUriWithVersion versioned key URI (2022-12-01 requires a version)
     * @param identity          identity id with {@link VaultGrant#keyWrapping} on the vault
     */
    public record ServerKey(Output<String> keyUriWithVersion, Output<String> identity) {
    }

    /**
     * What callers need from PostgreSQL.
     *
     * @param server         the flexible server
     * @param serverName     its Azure name ({@link AzureNames#postgresServerName})
     * @param configurations the TLS server parameters
     */
    public record Result(Server server, String serverName, List<Configuration> configurations) {
    }

    /**
     * Creates {@code <prefix>-postgres} and one {@code <prefix>-postgres-<parameter>} per TLS parameter.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param product           the product
     * @param resourceGroupName group
     * @param tags              tags of the server
     * @param data              the data policy; {@code postgresAdminPassword} must be set
     * @param key               customer-managed key; empty means service-managed keys
     * @return the server and its parameters
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            Map<String, String> tags, AzureData data, Optional<ServerKey> key) {
        boolean prod = product.prod();
        String serverName = AzureNames.postgresServerName(product);
        ServerArgs.Builder args = ServerArgs.builder()
                .resourceGroupName(resourceGroupName)
                .serverName(serverName)
                .location(product.location())
                .version(VERSION)
                .sku(SkuArgs.builder().name(prod ? PROD_SKU : QA_SKU).tier(prod ? "GeneralPurpose" : "Burstable").build())
                .storage(StorageArgs.builder().storageSizeGB(STORAGE_GB).build())
                .administratorLogin(ADMIN_LOGIN)
                .administratorLoginPassword(data.postgresAdminPassword().asSecret())
                .authConfig(AuthConfigArgs.builder().passwordAuth("Enabled").activeDirectoryAuth("Enabled")
                        .tenantId(product.tenantId()).build())
                .backup(BackupArgs.builder()
                        .backupRetentionDays(data.backupRetentionDays())
                        .geoRedundantBackup(prod ? "Enabled" : "Disabled")
                        .build())
                .highAvailability(HighAvailabilityArgs.builder().mode(prod ? "ZoneRedundant" : "Disabled").build())
                .tags(tags);
        if (key.isPresent()) {
            ServerKey k = key.get();
            args.identity(UserAssignedIdentityArgs.builder()
                            .type("UserAssigned")
                            .userAssignedIdentities(k.identity().applyValue(id -> Map.of(id, UserIdentityArgs.builder().build())))
                            .build())
                    .dataEncryption(DataEncryptionArgs.builder()
                            .type("AzureKeyVault")
                            .primaryKeyURI(k.keyUriWithVersion())
                            .primaryUserAssignedIdentityId(k.identity())
                            .build());
        } else {
            args.dataEncryption(DataEncryptionArgs.builder().type("SystemManaged").build());
        }
        Server server = new Server(prefix + "-postgres", args.build(), CustomResourceOptions.merge(
                AzureResourceOptions.stateful(parent, prod),
                // The password input is forced secret above (even if config gave it as plain text),
                // and the output of the same name is marked secret so it never reaches state in clear.
                CustomResourceOptions.builder().additionalSecretOutputs(List.of("administratorLoginPassword")).build()));

        List<Configuration> configurations = new ArrayList<>();
        Resource previous = server;
        for (String parameter : List.of("require_secure_transport", "ssl_min_protocol_version")) {
            // Flexible server applies parameter changes one at a time ("ServerIsBusy" otherwise),
            // so each parameter waits for the previous one.
            Configuration configuration = new Configuration(prefix + "-postgres-" + parameter.replace('_', '-'),
                    ConfigurationArgs.builder()
                            .resourceGroupName(resourceGroupName)
                            .serverName(serverName)
                            .configurationName(parameter)
                            .value(TLS_PARAMETERS.get(parameter))
                            .source(PARAMETER_SOURCE)
                            .build(), AzureResourceOptions.child(parent, previous));
            configurations.add(configuration);
            previous = configuration;
        }
        return new Result(server, serverName, List.copyOf(configurations));
    }
}
