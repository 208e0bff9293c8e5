package dev.readyservice.pipelines;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A node of a pipeline's dependency graph: a GitHub Actions job or an Azure Pipelines stage.
 *
 * @param id the job id or stage name
 * @param needs the nodes it waits for ({@code needs} or {@code dependsOn})
 * @param environment the deployment environment whose approval it waits for, if any
 * @param condition its {@code if}/{@code condition}, empty when none (then it runs only when its needs succeeded)
 * @param commands the commands its steps run, in order
 */
record PipelineJob(String id, Set<String> needs, Optional<String> environment, Optional<String> condition,
        List<Command> commands) {
}
