package dev.readyservice.report;

/** The files {@link ReportWriter} can write, each with its fixed file name. */
public enum Format {
    /** {@code prr-report.md}: renders in GitHub and Azure DevOps wikis, with a Mermaid diagram. */
    MARKDOWN("prr-report.md"),
    /** {@code prr-report.json}: the whole report for machines. */
    JSON("prr-report.json"),
    /** {@code prr-report.html}: one self-contained page. */
    HTML("prr-report.html"),
    /** {@code prr-junit.xml}: one testcase per item, for CI test tabs. */
    JUNIT("prr-junit.xml"),
    /** {@code prr-report.sarif}: SARIF 2.1.0, one result per finding. */
    SARIF("prr-report.sarif"),
    /** {@code handover.md}: the SRE handover pack (alerts, SLOs, escalation, backups, capacity), written from the handover facts the report carries. */
    HANDOVER("handover.md");

    private final String fileName;

    Format(String fileName) {
        this.fileName = fileName;
    }

    /** The file name written in the out dir. */
    public String fileName() {
        return fileName;
    }
}
