package dev.readyservice.report;

import dev.readyservice.model.Labelled;

/** Whether the product may go to production, as far as the review can tell; files name it by its {@link #label()}. */
public enum Verdict implements Labelled.Named {
    READY,
    NOT_READY
}
