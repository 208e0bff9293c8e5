/**
 * The offline review's preview: runs any Pulumi Java program against an embedded engine, as
 * {@code pulumi preview} would, and returns every resource it registered.
 *
 * <p>Entry point: {@link dev.readyservice.review.OfflinePreview#run(PreviewRequest)}. Failures are
 * {@link dev.readyservice.review.ReviewException}s whose category gives the exit code. This package
 * and its subpackages know nothing of Azure, Datadog, PagerDuty or the ReadyService component.
 */
package dev.readyservice.review;
