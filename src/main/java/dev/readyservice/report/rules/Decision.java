package dev.readyservice.report.rules;

import dev.readyservice.report.ItemStatus;

/** A status and the sentence that explains it. */
record Decision(ItemStatus status, String reason) {
}
