package dev.readyservice.azure;

/**
 * The highest minimum TLS version that each Azure resource type lets us enforce through
 * azure-native 2.10.0 (one default API version per module). The component, the docs and the
 * policy pack's platform-limit messages all read these values from here.
 *
 * <p>Where a value is below TLS 1.3, clients may still negotiate 1.3; the platform just cannot
 * be told to refuse 1.2. The checklist item {@code security.tls-in-transit} reports those as
 * documented platform limits, never as silent passes.
 */
public final class TlsFloors {

    /**
     * App Service ({@code siteConfig.minTlsVersion}, {@code scmMinTlsVersion}) at API 2022-09-01:
     * the {@code SupportedTlsVersions} enum stops at {@code 1.2}; {@code 1.3} was added to the
     * Microsoft.Web spec only at 2023-12-01, which azure-native 2.10.0 cannot call.
     */
    public static final String APP_SERVICE = "1.2";

    /**
     * Storage accounts ({@code minimumTlsVersion}) at API 2022-09-01: the enum stops at
     * {@code TLS1_2}, and the service rejects a 1.3 minimum ("Feature MinimumTlsVersion 1.3 is not
     * supported") even on newer APIs.
     */
    public static final String STORAGE = "TLS1_2";

    /**
     * Key Vault has no per-vault TLS setting: the service itself accepts TLS 1.2 and 1.3 and
     * refuses older versions. Recorded so the limit is documented, not configured.
     */
    public static final String KEY_VAULT = "1.2";

    /**
     * Application Gateway v2 at API 2023-02-01: a {@code CustomV2} SSL policy can make
     * {@code TLSv1_3} the minimum (v2 SKUs only).
     */
    public static final String APPLICATION_GATEWAY = "TLSv1_3";

    /**
     * PostgreSQL flexible server: the server parameter {@code ssl_min_protocol_version} accepts
     * {@code TLSv1.2} and {@code TLSv1.3}.
     */
    public static final String POSTGRESQL = "TLSv1.3";

    private TlsFloors() {
    }

    /**
     * Whether the floor recorded for a resource type is TLS 1.3, i.e. the checklist's TLS 1.3
     * requirement is enforced rather than reported as a platform limit.
     *
     * @param floor one of the constants of this class
     * @return true when the floor names TLS 1.3
     */
    public static boolean enforcesTls13(String floor) {
        return floor.replace("_", ".").endsWith("1.3");
    }
}
