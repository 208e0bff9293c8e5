package dev.readyservice.component;

import com.pulumi.azurenative.authorization.ManagementLockByScope;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import dev.readyservice.azure.AzureTags;
import dev.readyservice.azure.BackupFactory;
import dev.readyservice.azure.DeleteLocks;
import dev.readyservice.azure.SqlBackups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Building block: backups of stateful resources a program already has, the part of
 * {@link ReadyService} a program can use alone.
 *
 * <ul>
 *   <li>a storage account gets a Data Protection backup vault (geo-redundant and immutable in prod,
 *       protected in prod), an operational blob backup policy kept {@code retentionDays}, the
 *       vault's role on the account and the backup instance ({@link BackupFactory#protect});</li>
 *   <li>an Azure SQL database gets its point-in-time retention set to {@code retentionDays} (at most
 *       35 days, Azure's limit) and, when {@code retentionDays} is above 35, a long-term retention
 *       keeping weekly backups that long ({@link SqlBackups#keep});</li>
 *   <li>in prod, every resource gets a {@code CanNotDelete} lock ({@link DeleteLocks}).</li>
 * </ul>
 *
 * <pre>{@code
 * new Backups("shop-backups", BackupsArgs.builder().product(product).retentionDays(30)
 *         .data(ExistingData.storageAccount(account).named("shop-rg", "shopdata"))
 *         .build());
 * }</pre>
 *
 * <p>Before anything is registered it refuses, with one {@link InvalidSpecException} listing every
 * problem, a resource whose ID or names are wrong and a retention out of range (at least 7 days in qa
 * and 30 in prod, at most 360).
 *
 * <p>What it cannot set on a database it does not own is the policy pack's to judge: in prod, an
 * Azure SQL database's {@code requestedBackupStorageRedundancy} ({@code Geo} or {@code GeoZone}) is
 * a setting of the database resource itself, so the team sets it on its own database.
 */
public final class Backups extends ComponentResource {
    /** The component's type token; stable. */
    public static final String TYPE = "readiness:index:Backups";

    private final List<BackupFactory.Result> storageBackups = new ArrayList<>();
    private final List<SqlBackups.Retention> sqlRetention = new ArrayList<>();
    private final List<ManagementLockByScope> locks = new ArrayList<>();

    /** Creates the backups. */
    public Backups(String name, BackupsArgs args) {
        this(name, args, null);
    }

    /** Creates the backups, with options (e.g. a parent). */
    public Backups(String name, BackupsArgs args, @Nullable ComponentResourceOptions options) {
        super(checked(args), name, args, options);
        boolean prod = args.product().prod();
        Map<String, String> tags = AzureTags.forProduct(args.product(), args.customerFacing() ? AzureTags.CUSTOMER_FACING : AzureTags.INTERNAL);
        for (ExistingData data : args.data()) {
            String prefix = name + "-" + data.name();
            if (data.kind() == ExistingData.Kind.STORAGE_ACCOUNT) {
                storageBackups.add(BackupFactory.protect(this, prefix, args.product(), Output.of(data.resourceGroup()), tags,
                        args.retentionDays(), data.id(), data.name()));
            } else {
                sqlRetention.add(SqlBackups.keep(this, prefix, data.sqlDatabase(), args.retentionDays()));
            }
            if (prod) {
                locks.add(DeleteLocks.create(this, prefix, args.product(), data.id(), data.name() + "-no-delete"));
            }
        }
        registerOutputs(Map.of("retentionDays", Output.of(args.retentionDays())));
    }

    /** Refuses, before anything is registered, resources it cannot back up. */
    private static String checked(BackupsArgs args) {
        List<Violation> found = new ArrayList<>();
        boolean prod = args.product().prod();
        int floor = prod ? SpecDefaults.BACKUP_RETENTION_DAYS_PROD : SpecDefaults.BACKUP_RETENTION_DAYS_QA;
        int ceiling = SpecValidator.MAX_BLOB_RETENTION_DAYS;
        if (args.retentionDays() < floor || args.retentionDays() > ceiling) {
            found.add(new Violation("retentionDays", String.valueOf(args.retentionDays()), floor + " to " + ceiling + " days"));
        }
        for (int i = 0; i < args.data().size(); i++) {
            found.addAll(args.data().get(i).problems("data[" + i + "]", args.product().subscriptionId()));
        }
        if (!found.isEmpty()) {
            throw new InvalidSpecException("Backups", found);
        }
        return TYPE;
    }

    /** Vault, policy, role and instance per storage account. */
    public List<BackupFactory.Result> storageBackups() {
        return storageBackups;
    }

    /** The point-in-time (and, above 35 days, long-term) retention per SQL database. */
    public List<SqlBackups.Retention> sqlRetention() {
        return sqlRetention;
    }

    /** The delete locks (prod only). */
    public List<ManagementLockByScope> locks() {
        return locks;
    }
}
