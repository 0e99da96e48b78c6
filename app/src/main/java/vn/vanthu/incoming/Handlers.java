package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An assignment with its units resolved to the people who take the work. */
record Handlers(List<Actor> leads, @Nullable UUID leadUnitId, @Nullable String leadUnitName, List<Actor> coordinators,
        List<Actor> informed, @Nullable LocalDate deadline, @Nullable String instruction) {

    List<String> leadNames() {
        return names(leads);
    }

    static List<String> names(List<Actor> actors) {
        return actors.stream().map(Actor::fullName).toList();
    }

    /** How the timeline shows who got what: "Chủ trì: …; Phối hợp: …; Để biết: …" is written by the page. */
    String summary() {
        return String.join(" | ", String.join(", ", leadUnitName == null ? leadNames()
                        : List.of(leadUnitName + " (" + String.join(", ", leadNames()) + ")")),
                String.join(", ", names(coordinators)), String.join(", ", names(informed)));
    }
}
