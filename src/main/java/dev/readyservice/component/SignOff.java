package dev.readyservice.component;

/**
 * A person's sign-off for a checklist item only people can prove.
 *
 * @param by who signed (name or email)
 * @param date when, {@code YYYY-MM-DD}, not in the future
 * @param link https link to the record (meeting notes, ticket, wiki page)
 */
public record SignOff(String by, String date, String link) {
}
