package dev.readyservice.deploy;

/**
 * How many resources one Pulumi operation created, updated, deleted, replaced or left the same.
 * A redeploy of unchanged code should show only {@code same}; anything else is worth a look.
 *
 * @param create resources created
 * @param update resources updated in place
 * @param delete resources deleted
 * @param replace resources replaced (deleted and created again)
 * @param same resources left unchanged
 */
public record ResourceChanges(int create, int update, int delete, int replace, int same) {
    /** No changes: what a phase that failed before Pulumi reported a summary records. */
    public static final ResourceChanges NONE = new ResourceChanges(0, 0, 0, 0, 0);

    /** Validates that every count is zero or more. */
    public ResourceChanges {
        if (create < 0 || update < 0 || delete < 0 || replace < 0 || same < 0) {
            throw new IllegalArgumentException("resource change counts must be zero or more, got create=" + create
                    + " update=" + update + " delete=" + delete + " replace=" + replace + " same=" + same);
        }
    }
}
