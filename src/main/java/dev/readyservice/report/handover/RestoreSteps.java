package dev.readyservice.report.handover;

/** How to restore what the stack backs up: fixed runbook text, shown only for the kinds of data the stack has. */
final class RestoreSteps {

    private RestoreSteps() {
    }

    static void appendTo(StringBuilder out, boolean blobs, boolean postgres) {
        if (!blobs && !postgres) {
            return;
        }
        out.append("### How to restore\n\n");
        if (blobs) {
            out.append("""
                    **Blob data (point-in-time restore).** Restores block blobs of the account to their state at a time \
                    within the point-in-time restore window above; blobs written since are overwritten. Operational backup \
                    in the Backup vault uses the same mechanism.

                    - Portal: Backup center → Backup instances → the storage account's instance → Restore → pick the \
                    restore point or time → choose all containers or a subset → Validate → Restore. (Or: Storage account → \
                    Data protection → Restore containers.)
                    - CLI: `az storage blob restore --account-name <account> --resource-group <rg> --time-to-restore \
                    <YYYY-MM-DDTHH:MM:SSZ> [--blob-range <container>/<from> <container>/<to>]`
                    - A single deleted blob or overwritten version: Portal → Containers → Show deleted blobs / Versions → Undelete \
                    or Make current version.

                    """);
        }
        if (postgres) {
            out.append("""
                    **PostgreSQL (flexible server).** Restore creates a new server from the automated backups at a time \
                    within the retention window above; the original server is untouched. Point the application at the new \
                    server (or rename) after checking the data.

                    - Portal: the server → Overview → Restore → Latest restore point or custom time → name the new server → \
                    Review + create.
                    - CLI: `az postgres flexible-server restore --resource-group <rg> --name <new-server> --source-server \
                    <server> --restore-time <YYYY-MM-DDTHH:MM:SSZ>`
                    - Before switching traffic, check the new server's parameters, networking and logins against the \
                    source (Azure's post-restore tasks).

                    """);
        }
    }
}
