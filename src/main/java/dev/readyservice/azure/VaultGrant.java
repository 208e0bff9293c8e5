package dev.readyservice.azure;

import com.pulumi.core.Output;
import java.util.List;
import java.util.Objects;

/**
 * One Key Vault access policy entry: a principal and the key and secret operations it may use.
 * Access policies (rather than Azure RBAC) avoid looking up role-definition ids and need no
 * role-assignment rights on the vault.
 *
 * @param principalId       object id of the identity
 * @param keyPermissions    key operations, e.g. {@code get}, {@code wrapKey}, {@code unwrapKey}
 * @param secretPermissions secret operations, e.g. {@code get}
 */
public record VaultGrant(Output<String> principalId, List<String> keyPermissions, List<String> secretPermissions) {

    /** What a customer-managed key user needs: read the key and wrap/unwrap data keys with it. */
    public static final List<String> KEY_WRAPPING = List.of("get", "wrapKey", "unwrapKey");

    /** What the Application Gateway needs to read its certificate: get on secrets. */
    public static final List<String> SECRET_READING = List.of("get");

    /** Copies the lists so a grant cannot change after it is made. */
    public VaultGrant {
        Objects.requireNonNull(principalId, "principalId");
        keyPermissions = List.copyOf(keyPermissions);
        secretPermissions = List.copyOf(secretPermissions);
    }

    /**
     * @param principalId identity that encrypts with the key
     * @return get/wrapKey/unwrapKey on keys, nothing on secrets
     */
    public static VaultGrant keyWrapping(Output<String> principalId) {
        return new VaultGrant(principalId, KEY_WRAPPING, List.of());
    }

    /**
     * @param principalId identity that reads certificates stored as secrets
     * @return get on secrets, nothing on keys
     */
    public static VaultGrant secretReading(Output<String> principalId) {
        return new VaultGrant(principalId, List.of(), SECRET_READING);
    }
}
