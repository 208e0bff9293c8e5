package dev.readyservice.report.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readyservice.report.ItemKind;
import dev.readyservice.report.PrrItem;
import dev.readyservice.report.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every PRR checklist item, shipped as the resource {@code prr-items.json} (a copy of
 * {@code shared/prr-items.md}, which users do not have; a test keeps the two equal).
 */
public final class PrrCatalogue {
    static final String RESOURCE = "prr-items.json";

    private PrrCatalogue() {
    }

    /** The items in checklist order. */
    public static List<PrrItem> items() {
        try (InputStream in = PrrCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath beside " + PrrCatalogue.class.getName());
            }
            List<PrrItem> items = new ArrayList<>();
            for (JsonNode item : new ObjectMapper().readTree(in).path("items")) {
                items.add(new PrrItem(item.path("id").asText(), Section.byTitle(item.path("section").asText()),
                        item.path("title").asText(), ItemKind.byLabel(item.path("kind").asText())));
            }
            return List.copyOf(items);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
