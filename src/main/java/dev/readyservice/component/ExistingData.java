package dev.readyservice.component;

import com.pulumi.azurenative.sql.Database;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.core.Output;
import dev.readyservice.azure.AzureResourceId;
import dev.readyservice.azure.SqlBackups;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful resource the team's program already manages, which {@link ReadyService} (or the
 * {@link Backups} building block) backs up with the spec's backup policy and, in prod, locks
 * against deletion; it never creates a second one.
 *
 * <ul>
 *   <li>a storage account: a Data Protection backup vault, an operational blob backup policy kept
 *       {@code data.backupRetentionDays}, the backup instance of the account and the role the vault
 *       needs on it;</li>
 *   <li>an Azure SQL database: its short-term (point-in-time) backup retention set to
 *       {@code data.backupRetentionDays} (Azure allows 1 to 35 days), above 35 days also a long-term
 *       retention keeping weekly backups that long, and (by {@link ReadyService}) transparent data
 *       encryption stated {@code Enabled}.</li>
 * </ul>
 *
 * <pre>{@code
 * ExistingData.storageAccount(account).named("shop-rg", "shopdata")
 * ExistingData.sqlDatabase(db).named("shop-rg", "shop-sql", "shop")
 * ExistingData.ids("/subscriptions/.../providers/Microsoft.Sql/servers/shop-sql/databases/shop")
 * }</pre>
 *
 * <p>What the resource itself must do (encryption, TLS floor, HTTPS only, {@code protect} in prod)
 * is judged by the policy pack as in any program. In prod that includes what only the owner of a
 * SQL database and server can set, which {@link ReadyService} leaves to the pack's findings: the
 * database's {@code requestedBackupStorageRedundancy} ({@code Geo} or {@code GeoZone}) and the
 * server's customer-managed TDE protector (a Key Vault key).
 */
public final class ExistingData {
    /** The Azure resource type of storage accounts. */
    public static final String STORAGE_ACCOUNT_TYPE = "Microsoft.Storage/storageAccounts";
    /** The Azure resource type of Azure SQL databases. */
    public static final String SQL_DATABASE_TYPE = "Microsoft.Sql/servers/databases";

    /** What kind of data resource. */
    public enum Kind {
        /** A storage account: Data Protection blob backups. */
        STORAGE_ACCOUNT(STORAGE_ACCOUNT_TYPE, 1),
        /** An Azure SQL database: its point-in-time backup retention. */
        SQL_DATABASE(SQL_DATABASE_TYPE, 2);

        private final String azureType;
        private final int names;

        Kind(String azureType, int names) {
            this.azureType = azureType;
            this.names = names;
        }

        /** The Azure resource type. */
        public String azureType() {
            return azureType;
        }
    }

    private final Kind kind;
    private final Output<String> id;
    private final String idText;
    private final String resourceGroup;
    private final List<String> names;

    private ExistingData(Kind kind, Output<String> id, String idText, String resourceGroup, List<String> names) {
        this.kind = kind;
        this.id = id;
        this.idText = idText;
        this.resourceGroup = resourceGroup;
        this.names = names;
    }

    /** A storage account of this program; give its names with {@link #named(String, String)}. */
    public static ExistingData storageAccount(StorageAccount account) {
        return new ExistingData(Kind.STORAGE_ACCOUNT, Objects.requireNonNull(account, "account").id(), null, null, List.of());
    }

    /** An Azure SQL database of this program; give its names with {@link #named(String, String, String)}. */
    public static ExistingData sqlDatabase(Database database) {
        return new ExistingData(Kind.SQL_DATABASE, Objects.requireNonNull(database, "database").id(), null, null, List.of());
    }

    /**
     * A storage account or Azure SQL database by Azure resource ID; its kind, group and names are
     * read from the ID (another type is reported when the {@link ReadyService} is constructed).
     */
    public static ExistingData ids(String id) {
        Optional<AzureResourceId> parsed = AzureResourceId.parse(id);
        Kind kind = parsed.filter(p -> p.isOfType(SQL_DATABASE_TYPE)).map(p -> Kind.SQL_DATABASE).orElse(Kind.STORAGE_ACCOUNT);
        return new ExistingData(kind, Output.of(String.valueOf(id)), String.valueOf(id),
                parsed.map(AzureResourceId::resourceGroup).orElse(null), parsed.map(AzureResourceId::names).orElse(List.of()));
    }

    /** The storage account's resource group and Azure name. */
    public ExistingData named(String resourceGroup, String accountName) {
        return new ExistingData(kind, id, idText, resourceGroup, java.util.Collections.singletonList(accountName));
    }

    /** The SQL database's resource group, server name and database name. */
    public ExistingData named(String resourceGroup, String serverName, String databaseName) {
        return new ExistingData(kind, id, idText, resourceGroup, java.util.Arrays.asList(serverName, databaseName));
    }

    /** The kind of resource. */
    public Kind kind() {
        return kind;
    }

    /** Its ID, depending on the resource when it is one of this program. */
    public Output<String> id() {
        return id;
    }

    /** Its resource group, or null when not given. */
    public String resourceGroup() {
        return resourceGroup;
    }

    /** Its Azure names, outermost first (a SQL database: server, database). */
    public List<String> names() {
        return names;
    }

    /** Where a SQL database is, for its retention and encryption resources (a SQL database with names only). */
    SqlBackups.Database sqlDatabase() {
        return new SqlBackups.Database(resourceGroup, names.get(0), name(), id);
    }

    /** Its own Azure name (the account's, the database's). */
    public String name() {
        return names.isEmpty() ? null : names.get(names.size() - 1);
    }

    List<Violation> problems(String at, String subscriptionId) {
        List<Violation> found = new ArrayList<>();
        if (idText != null) {
            Optional<AzureResourceId> parsed = AzureResourceId.parse(idText);
            if (parsed.isPresent() && !parsed.get().isOfType(STORAGE_ACCOUNT_TYPE) && !parsed.get().isOfType(SQL_DATABASE_TYPE)) {
                found.add(new Violation(at + ".id", "'" + idText + "'", "the ID of a " + STORAGE_ACCOUNT_TYPE + " or "
                        + SQL_DATABASE_TYPE + " resource, not " + parsed.get().type()));
            } else {
                ExistingCompute.idProblem(found, at + ".id", idText, kind.azureType, subscriptionId);
            }
            return found;
        }
        ExistingCompute.requiredName(found, at + ".resourceGroup", resourceGroup, "the resource group (ExistingData.named)");
        String namesWanted = kind == Kind.SQL_DATABASE ? "the server's and the database's Azure names (ExistingData.named(group, server, database))"
                : "the account's Azure name (ExistingData.named(group, account))";
        if (names.size() != kind.names || names.stream().anyMatch(n -> n == null || n.isBlank())) {
            found.add(new Violation(at + ".names", names.isEmpty() ? "<unset>" : names.toString(), namesWanted));
        } else if (kind == Kind.STORAGE_ACCOUNT && !SpecValidator.STORAGE_ACCOUNT.matcher(names.get(0)).matches()) {
            found.add(new Violation(at + ".names", "'" + names.get(0) + "'", "3 to 24 lower-case letters and digits (Azure's rule for storage account names)"));
        }
        return found;
    }
}
