package dev.readyservice.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.component.CapacityPlan;
import dev.readyservice.component.ComponentSpec;
import dev.readyservice.component.DataSpec;
import dev.readyservice.component.EscalationSpec;
import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.PagingSpec;
import dev.readyservice.component.ProductSpec;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.SignOff;
import dev.readyservice.component.SpecDefaults;
import dev.readyservice.component.SpecValidator;
import dev.readyservice.component.SupportHoursSpec;
import dev.readyservice.component.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a {@link ReadyServiceArgs} from stack config in the {@value #NAMESPACE} namespace:
 * {@code product}, {@code components}, {@code paging}, {@code data} and {@code signOffs}, each
 * structured config (Pulumi hands structured values to the program as JSON text).
 *
 * <p>Type errors (text where a number belongs, unknown keys) are all collected and reported in one
 * {@link InvalidSpecException} naming the config key, the value and what is allowed; the range and
 * consistency rules run afterwards, in the component.
 */
public final class StackConfigReader {
    /** The config namespace of the bundled program. */
    public static final String NAMESPACE = "readyservice";
    static final String SOURCE = "stack config (namespace '" + NAMESPACE + "')";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Violation> problems = new ArrayList<>();

    private StackConfigReader() {
    }

    /**
     * Reads the spec.
     *
     * @param config the value of a key in the namespace (without the {@code readyservice:} prefix)
     * @throws InvalidSpecException when any value has the wrong shape
     */
    public static ReadyServiceArgs read(Function<String, Optional<String>> config) {
        return read(config, LocalDate.now(Clock.systemUTC()));
    }

    /**
     * Reads the spec; when any value has the wrong shape, the range and consistency rules of the
     * component run too over what could be read ({@link SpecValidator}), so one error lists every
     * problem: type and range problems together, an unknown key beside a missing one. A rule about
     * a field whose value had the wrong shape is left out: that field was already reported.
     *
     * @param today the day sign-off dates are judged on
     */
    static ReadyServiceArgs read(Function<String, Optional<String>> config, LocalDate today) {
        StackConfigReader r = new StackConfigReader();
        ReadyServiceArgs args = r.readAll(config);
        if (!r.problems.isEmpty()) {
            List<Violation> all = new ArrayList<>(r.problems);
            all.addAll(r.rangeProblems(args, today));
            throw new InvalidSpecException(SOURCE, all);
        }
        return args;
    }

    private List<Violation> rangeProblems(ReadyServiceArgs args, LocalDate today) {
        List<Violation> ranges;
        try {
            ranges = SpecValidator.validate(SpecDefaults.resolve(args), today);
        } catch (RuntimeException e) {
            // A spec too broken to resolve: its shape problems say enough.
            return List.of();
        }
        List<String> reported = problems.stream().map(Violation::field).toList();
        return ranges.stream().filter(v -> reported.stream().noneMatch(f -> covers(f, v.field()))).toList();
    }

    /** True when a problem at {@code reported} already explains one at {@code field} (the same field, inside it, or its parent's unknown key). */
    private static boolean covers(String reported, String field) {
        return field.equals(reported) || field.startsWith(reported + ".") || field.startsWith(reported + "[");
    }

    private ReadyServiceArgs readAll(Function<String, Optional<String>> config) {
        ReadyServiceArgs.Builder b = ReadyServiceArgs.builder();
        node(config, "product").ifPresent(n -> b.product(product(n)));
        node(config, "components").ifPresent(n -> {
            if (!n.isArray()) {
                bad("components", n, "a list of components");
                return;
            }
            for (int i = 0; i < n.size(); i++) {
                b.component(component("components[" + i + "]", n.get(i)));
            }
        });
        if (config.apply("components").isEmpty()) {
            problems.add(new Violation("components", "<unset>", "a list of at least one component"));
        }
        node(config, "paging").ifPresent(n -> b.paging(paging(n)));
        node(config, "data").ifPresent(n -> b.data(data(n)));
        node(config, "signOffs").ifPresent(n -> {
            if (!n.isObject()) {
                bad("signOffs", n, "a map from checklist item id to {by, date, link}");
                return;
            }
            n.fields().forEachRemaining(e -> {
                String at = "signOffs." + e.getKey();
                if (object(at, e.getValue(), Set.of("by", "date", "link"))) {
                    b.signOff(e.getKey(), new SignOff(str(at, e.getValue(), "by"), str(at, e.getValue(), "date"), str(at, e.getValue(), "link")));
                }
            });
        });
        return b.build();
    }

    private Optional<JsonNode> node(Function<String, Optional<String>> config, String key) {
        Optional<String> text = config.apply(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(text.get()));
        } catch (JsonProcessingException e) {
            problems.add(new Violation(key, "'" + abbreviate(text.get()) + "'", "structured config (a YAML map or list)"));
            return Optional.empty();
        }
    }

    private ProductSpec product(JsonNode n) {
        if (!object("product", n, Set.of("name", "team", "businessService", "environment", "docsUrl", "playbookBaseUrl",
                "location", "subscriptionId", "tenantId", "pagerDutySubdomain", "tlsCertificateSecretId"))) {
            return null;
        }
        return new ProductSpec(str("product", n, "name"), str("product", n, "team"), str("product", n, "businessService"),
                str("product", n, "environment"), str("product", n, "docsUrl"), str("product", n, "playbookBaseUrl"),
                str("product", n, "location"), str("product", n, "subscriptionId"), str("product", n, "tenantId"),
                str("product", n, "pagerDutySubdomain"), str("product", n, "tlsCertificateSecretId"));
    }

    private ComponentSpec component(String at, JsonNode n) {
        if (!object(at, n, Set.of("name", "kind", "customerFacing", "availabilityTarget", "latencyThresholdMillis",
                "latencyPercentile", "sloTimeframe", "capacity", "healthCheckPath"))) {
            return new ComponentSpec(null, null, null, null, null, null, null, null, null);
        }
        CapacityPlan plan = null;
        JsonNode cap = n.get("capacity");
        if (cap != null && object(at + ".capacity", cap, Set.of("plannedPeakRps", "rpsPerInstance", "minInstances", "maxInstances", "headroom"))) {
            String c = at + ".capacity";
            plan = new CapacityPlan(dbl(c, cap, "plannedPeakRps"), dbl(c, cap, "rpsPerInstance"), integer(c, cap, "minInstances"),
                    integer(c, cap, "maxInstances"), dbl(c, cap, "headroom"));
        }
        Integer latency = integer(at, n, "latencyThresholdMillis");
        return new ComponentSpec(str(at, n, "name"), str(at, n, "kind"), bool(at, n, "customerFacing"),
                dbl(at, n, "availabilityTarget"), latency == null ? null : latency.longValue(), dbl(at, n, "latencyPercentile"),
                str(at, n, "sloTimeframe"), plan, str(at, n, "healthCheckPath"));
    }

    private PagingSpec paging(JsonNode n) {
        if (!object("paging", n, Set.of("supportHours", "escalation", "pageOutOfHours"))) {
            return null;
        }
        SupportHoursSpec hours = null;
        JsonNode sh = n.get("supportHours");
        if (sh != null && object("paging.supportHours", sh, Set.of("timeZone", "days", "start", "end"))) {
            hours = new SupportHoursSpec(str("paging.supportHours", sh, "timeZone"), strings("paging.supportHours", sh, "days"),
                    str("paging.supportHours", sh, "start"), str("paging.supportHours", sh, "end"));
        }
        EscalationSpec escalation = null;
        JsonNode esc = n.get("escalation");
        if (esc != null && object("paging.escalation", esc, Set.of("loops", "levels"))) {
            List<EscalationSpec.Level> levels = new ArrayList<>();
            JsonNode ls = esc.get("levels");
            if (ls != null && !ls.isArray()) {
                bad("paging.escalation.levels", ls, "a list of levels");
            } else if (ls != null) {
                for (int i = 0; i < ls.size(); i++) {
                    String at = "paging.escalation.levels[" + i + "]";
                    JsonNode l = ls.get(i);
                    if (!object(at, l, Set.of("delayMinutes", "targets"))) {
                        continue;
                    }
                    List<EscalationSpec.Target> targets = new ArrayList<>();
                    JsonNode ts = l.get("targets");
                    if (ts != null && !ts.isArray()) {
                        bad(at + ".targets", ts, "a list of {type, id}");
                    } else if (ts != null) {
                        for (int t = 0; t < ts.size(); t++) {
                            String tat = at + ".targets[" + t + "]";
                            if (object(tat, ts.get(t), Set.of("type", "id"))) {
                                targets.add(new EscalationSpec.Target(str(tat, ts.get(t), "type"), str(tat, ts.get(t), "id")));
                            }
                        }
                    }
                    levels.add(new EscalationSpec.Level(integer(at, l, "delayMinutes"), targets));
                }
            }
            escalation = new EscalationSpec(integer("paging.escalation", esc, "loops"), levels);
        }
        return new PagingSpec(hours, escalation, strings("paging", n, "pageOutOfHours"));
    }

    private DataSpec data(JsonNode n) {
        if (!object("data", n, Set.of("backupRetentionDays", "redundancy", "customerManagedKey", "postgres", "storageAccountName"))) {
            return null;
        }
        return new DataSpec(integer("data", n, "backupRetentionDays"), str("data", n, "redundancy"),
                bool("data", n, "customerManagedKey"), bool("data", n, "postgres"), str("data", n, "storageAccountName"));
    }

    /** Checks {@code n} is an object with only the allowed keys; reports each unknown key. */
    private boolean object(String at, JsonNode n, Set<String> allowed) {
        if (!n.isObject()) {
            bad(at, n, "a map");
            return false;
        }
        for (Iterator<String> keys = n.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                problems.add(new Violation(at + "." + key, "unknown key",
                        "one of " + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
        return true;
    }

    private String str(String at, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            bad(at + "." + key, v, "text");
            return null;
        }
        return v.asText();
    }

    private Double dbl(String at, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        bad(at + "." + key, v, "a number");
        return null;
    }

    private Integer integer(String at, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            return v.intValue();
        }
        if (v.isTextual() && v.asText().trim().matches("-?\\d{1,9}")) {
            return Integer.parseInt(v.asText().trim());
        }
        bad(at + "." + key, v, "a whole number");
        return null;
    }

    private Boolean bool(String at, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.asText().equals("true") || v.asText().equals("false"))) {
            return Boolean.parseBoolean(v.asText());
        }
        bad(at + "." + key, v, "true or false");
        return null;
    }

    private List<String> strings(String at, JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            bad(at + "." + key, v, "a list of text values");
            return null;
        }
        List<String> out = new ArrayList<>();
        v.forEach(item -> out.add(item.asText()));
        return out;
    }

    private void bad(String at, JsonNode value, String allowed) {
        problems.add(new Violation(at, "'" + abbreviate(value.toString()) + "'", allowed));
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
