/**
 * The concepts every part of ReadyService shares, declared once: component kinds, alert classes,
 * SLO timeframes and burn windows, the burn-rate and error-budget maths, the environment and where
 * a stack's files live, and {@link dev.readyservice.model.Labelled}: how an enum of any part is
 * written as a text and read back.
 *
 * <p>Every other package may import this one; it imports no other ReadyService package, so the
 * integrations, the review and the report can each still be lifted out alone (with it).
 */
package dev.readyservice.model;
