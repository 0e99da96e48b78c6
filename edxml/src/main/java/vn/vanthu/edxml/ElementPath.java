package vn.vanthu.edxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How errors name an element: its path below the elements that only frame others, {@code From/OrganId} rather
 * than {@code edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From/OrganId}.
 */
final class ElementPath {

    private static final Set<String> FRAMES = Set.of("edXML", "edXMLEnvelope", "edXMLHeader", "MessageHeader",
            "edXMLBody", "AttachmentEncoded");

    private ElementPath() {
    }

    static String of(List<String> elements) {
        List<String> shown = new ArrayList<>();
        for (String element : elements) {
            if (!(shown.isEmpty() && FRAMES.contains(element))) {
                shown.add(element);
            }
        }
        if (shown.isEmpty()) {
            return elements.isEmpty() ? "package" : elements.get(elements.size() - 1);
        }
        if (shown.size() > 6) {
            return "…/" + String.join("/", shown.subList(shown.size() - 3, shown.size()));
        }
        return String.join("/", shown);
    }
}
