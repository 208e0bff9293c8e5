package dev.readyservice.report.handover;

import dev.readyservice.report.Escape;
import dev.readyservice.report.ItemResult;
import dev.readyservice.report.PrrReport;
import java.util.Optional;

/** How changes reach production: the project's operations guide and the change-management sign-off. */
final class ChangeSection {
    static final String OPERATIONS = "docs/operations.md";
    static final String ITEM = "tech.change-management";

    private ChangeSection() {
    }

    static void appendTo(StringBuilder out, PrrReport report) {
        out.append("## Production change process\n\n");
        out.append("Changes reach production only through the pipeline described in `").append(OPERATIONS)
                .append("` of the project repository: always QA first, with the policy pack; the prod deploy needs the QA "
                        + "deploy and a passing prod review, and never runs `pulumi up` without `--policy-pack`. Read it before "
                        + "the first on-call shift.\n\n");
        Optional<ItemResult> item = report.items().stream().filter(i -> i.item().id().equals(ITEM)).findFirst();
        out.append("- `").append(ITEM).append("`: ")
                .append(item.map(i -> i.status().label() + " (" + Escape.markdown(i.reason()) + ")").orElse("not in the report"))
                .append('\n');
        item.flatMap(i -> i.evidence().stream().findFirst()).map(e -> e.properties().get("link")).ifPresent(link ->
                out.append("- Sign-off record: ").append(Escape.markdown(link)).append('\n'));
        out.append('\n');
    }
}
