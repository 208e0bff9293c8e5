package dev.readyservice.report;

/** Whether the product may go to production, as far as the review can tell. */
public enum Verdict {
    READY("ready"),
    NOT_READY("not-ready");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The name used in files. */
    public String label() {
        return label;
    }
}
