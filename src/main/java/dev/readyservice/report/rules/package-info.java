/**
 * The checklist ({@link dev.readyservice.report.rules.PrrCatalogue}) and the rules that decide each
 * item's status from the preview, the pack's analysis and the project's evidence
 * ({@link dev.readyservice.report.rules.ReportBuilder} builds the {@link dev.readyservice.report.PrrReport});
 * the rules themselves are described in {@link dev.readyservice.report}.
 */
package dev.readyservice.report.rules;
