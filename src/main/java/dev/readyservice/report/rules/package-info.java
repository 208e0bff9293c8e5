/**
 * The checklist ({@link dev.readyservice.report.rules.PrrCatalogue}) and the rules that decide each
 * item's status from the preview, the pack's analysis and the project's evidence
 * ({@link dev.readyservice.report.rules.ReportBuilder} builds the {@link dev.readyservice.report.PrrReport});
 * the rules themselves are described in {@link dev.readyservice.report}. This package is the one part
 * of the report that reads a preview: it derives the product view ({@link dev.readyservice.report.rules.ProductComponents})
 * and the handover facts from the inputs of the types in {@link dev.readyservice.report.rules.ProviderTypes}, and
 * the renderers read only the {@code PrrReport} (ImportRulesTest).
 */
package dev.readyservice.report.rules;
