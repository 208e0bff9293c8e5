package dev.readyservice.report;

/** The sections of the PRR checklist, in its order. */
public enum Section {
    SLOS("SLIs, SLOs and SLAs"),
    MONITORING("Monitoring"),
    SECURITY("Security"),
    CAPACITY("Capacity management"),
    CUSTOMER("Customer support and success"),
    TECHNICAL("Technical understanding"),
    QUALITY("System quality");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    /** The heading the checklist uses. */
    public String title() {
        return title;
    }

    /**
     * The section titled {@code title}.
     *
     * @throws IllegalArgumentException naming the title and the allowed ones
     */
    public static Section byTitle(String title) {
        for (Section section : values()) {
            if (section.title.equals(title)) {
                return section;
            }
        }
        throw new IllegalArgumentException("section '" + title + "' is not a PRR checklist section");
    }
}
