package dev.readyservice.component;

import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.datadog.PagerDutyLink;
import dev.readyservice.datadog.bindings.PagerdutyServiceObject;
import dev.readyservice.pagerduty.PagerDutyOnCall;
import dev.readyservice.pagerduty.PagerDutyResources;
import dev.readyservice.pagerduty.TechnicalService;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * Building block: the paging set-up of a product, the part of {@link ReadyService} a program can
 * use alone. A PagerDuty team, an escalation policy, one technical service per component (support
 * hours, urgency rule, a Datadog integration), a business service depending on each, and per
 * component Datadog's PagerDuty service object fed the integration key, so that
 * {@code @pagerduty-<product>-<component>} in a monitor reaches the service (docs/evidence.md,
 * "Paging").
 *
 * <pre>{@code
 * var paging = new Paging("shop-paging", PagingArgs.builder().product(pagerDutyProduct).build());
 * }</pre>
 *
 * <p>Registered output: {@code pagerDutyServices}, the technical services' names.
 */
public final class Paging extends ComponentResource {
    /** The component's type token; stable. */
    public static final String TYPE = "readiness:index:Paging";

    private final PagerDutyResources resources;
    private final Map<String, PagerdutyServiceObject> links = new LinkedHashMap<>();

    /** Creates the paging set-up. */
    public Paging(String name, PagingArgs args) {
        this(name, args, null);
    }

    /** Creates the paging set-up, with options (e.g. a parent). */
    public Paging(String name, PagingArgs args, @Nullable ComponentResourceOptions options) {
        super(TYPE, name, args, options);
        this.resources = PagerDutyOnCall.create(name, args.product(), this);
        for (TechnicalService service : resources.technicalServices()) {
            links.put(service.component(), PagerDutyLink.create(name + "-" + service.component(), service.serviceName(),
                    service.integrationKey(), CustomResourceOptions.builder().parent(this).build()));
        }
        registerOutputs(Map.of("pagerDutyServices",
                Output.of(resources.technicalServices().stream().map(TechnicalService::serviceName).toList())));
    }

    /** The PagerDuty resources. */
    public PagerDutyResources resources() {
        return resources;
    }

    /** Datadog's PagerDuty service object per component name. */
    public Map<String, PagerdutyServiceObject> links() {
        return links;
    }
}
