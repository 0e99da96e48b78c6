package vn.vanthu.outgoing;

import java.util.UUID;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Person;

/** Who takes a step or is handed the draft: kept by id, with the name as it was. */
record Actor(UUID id, String username, String fullName) {

    static Actor of(CurrentUser user) {
        return new Actor(user.id(), user.username(), user.fullName());
    }

    static Actor of(Person person) {
        return new Actor(person.id(), person.username(), person.fullName());
    }
}
