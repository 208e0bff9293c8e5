package dev.readyservice.component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the spec into the plain maps sent as the component resource's inputs. */
final class SpecInputs {
    private SpecInputs() {
    }

    static Map<String, Object> product(ProductSpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p != null) {
            put(m, "name", p.name());
            put(m, "team", p.team());
            put(m, "businessService", p.businessService());
            put(m, "environment", p.environment());
            put(m, "docsUrl", p.docsUrl());
            put(m, "playbookBaseUrl", p.playbookBaseUrl());
            put(m, "location", p.location());
        }
        return m;
    }

    static List<Map<String, Object>> components(List<ComponentSpec> components) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ComponentSpec c : components) {
            Map<String, Object> m = new LinkedHashMap<>();
            put(m, "name", c.name());
            put(m, "kind", c.kind());
            put(m, "customerFacing", c.customerFacing());
            put(m, "availabilityTarget", c.availabilityTarget());
            Map<String, Object> latency = new LinkedHashMap<>();
            put(latency, "thresholdMillis", c.latencyThresholdMillis() == null ? null : c.latencyThresholdMillis().doubleValue());
            put(latency, "percentile", c.latencyPercentile());
            m.put("latency", latency);
            put(m, "sloTimeframe", c.sloTimeframe());
            if (c.capacity() != null) {
                Map<String, Object> cap = new LinkedHashMap<>();
                put(cap, "plannedPeakRps", c.capacity().plannedPeakRps());
                put(cap, "rpsPerInstance", c.capacity().rpsPerInstance());
                put(cap, "minInstances", c.capacity().minInstances());
                put(cap, "maxInstances", c.capacity().maxInstances());
                put(cap, "headroom", c.capacity().headroom());
                m.put("capacity", cap);
            }
            list.add(m);
        }
        return list;
    }

    static Map<String, Object> paging(PagingSpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (p == null) {
            return m;
        }
        if (p.supportHours() != null) {
            Map<String, Object> sh = new LinkedHashMap<>();
            put(sh, "timeZone", p.supportHours().timeZone());
            put(sh, "days", p.supportHours().days());
            put(sh, "start", p.supportHours().start());
            put(sh, "end", p.supportHours().end());
            m.put("supportHours", sh);
        }
        if (p.escalation() != null) {
            Map<String, Object> esc = new LinkedHashMap<>();
            put(esc, "loops", p.escalation().loops());
            List<Map<String, Object>> levels = new ArrayList<>();
            for (EscalationSpec.Level l : p.escalation().levels() == null ? List.<EscalationSpec.Level>of() : p.escalation().levels()) {
                Map<String, Object> level = new LinkedHashMap<>();
                put(level, "delayMinutes", l.delayMinutes());
                level.put("targets", l.targets() == null ? List.of() : l.targets().stream()
                        .map(t -> Map.<String, Object>of("type", String.valueOf(t.type()), "id", String.valueOf(t.id()))).toList());
                levels.add(level);
            }
            esc.put("levels", levels);
            m.put("escalation", esc);
        }
        put(m, "pageOutOfHours", p.pageOutOfHours());
        return m;
    }

    static Map<String, Object> data(DataSpec d) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (d != null) {
            put(m, "backupRetentionDays", d.backupRetentionDays());
            put(m, "redundancy", d.redundancy());
            put(m, "customerManagedKey", d.customerManagedKey());
            put(m, "postgres", d.postgres());
        }
        return m;
    }

    static Map<String, Object> signOffs(Map<String, SignOff> signOffs) {
        Map<String, Object> m = new LinkedHashMap<>();
        signOffs.forEach((item, s) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            put(v, "by", s.by());
            put(v, "date", s.date());
            put(v, "link", s.link());
            m.put(item, v);
        });
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
