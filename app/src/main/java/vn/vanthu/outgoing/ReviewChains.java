package vn.vanthu.outgoing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.DocumentType;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;

/**
 * The review chains an agency sets (Decree 30 Art. 10–12: the draft is checked by the unit, the office, then signed),
 * and the route they give a draft: whom it goes to when the drafter submits or a reviewer approves without naming
 * the next person. Its leaders and administrators set them; everyone of the agency reads them.
 */
@Service
public class ReviewChains {

    private static final String DEFAULT = "*";

    private final JdbcClient jdbc;
    private final People people;

    ReviewChains(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public List<ReviewChain> of(AgencyCode agency) {
        return jdbc.sql("select document_type, steps from review_chain where agency_code = ? order by document_type")
                .param(agency.value())
                .query((rs, row) -> new ReviewChain(DEFAULT.equals(rs.getString(1)) ? null
                        : DocumentType.valueOf(rs.getString(1)), Arrays.asList(rs.getString(2).split(","))))
                .list();
    }

    /** Sets (or, with no steps, removes) the chain of one type, after checking every person is of the agency. */
    @Transactional
    public List<ReviewChain> set(ReviewChain chain, CurrentUser by) {
        if (!by.hasRole(Role.LEADER) && !by.hasRole(Role.AGENCY_ADMIN) && !by.isAdmin()) {
            throw new NotPermitted("outgoing.chain.not-permitted");
        }
        AgencyCode agency = by.agencyCode();
        for (String step : chain.steps()) {
            if (!ReviewChain.UNIT_HEAD.equals(step)) {
                Person person = person(step).filter(p -> p.agencyCode().equals(agency) && p.enabled())
                        .orElseThrow(() -> new InvalidValue("steps", "outgoing.chain.unknown-step", step));
                if (!person.hasRole(Role.LEADER) && !person.hasRole(Role.UNIT_HEAD)) {
                    throw new InvalidValue("steps", "outgoing.reviewer.not-reviewer", person.fullName());
                }
            }
        }
        String type = chain.documentType() == null ? DEFAULT : chain.documentType().name();
        jdbc.sql("delete from review_chain where agency_code = ? and document_type = ?").params(agency.value(), type)
                .update();
        if (!chain.steps().isEmpty()) {
            jdbc.sql("""
                    insert into review_chain (agency_code, document_type, steps, updated_by, updated_at)
                    values (?, ?, ?, ?, ?)
                    """)
                    .params(agency.value(), type, String.join(",", chain.steps()), by.username(),
                            Instant.now().atOffset(ZoneOffset.UTC))
                    .update();
        }
        return of(agency);
    }

    /**
     * Whom a draft goes to after {@code holder} (the drafter when submitting): the next person of its type's chain
     * (or the agency's default), skipping the drafter and anyone already passed; the signer when the chain is done.
     */
    UUID next(OutgoingDocument document, UUID holder) {
        List<UUID> route = route(document);
        for (int i = Math.max(route.indexOf(holder), 0) + 1; i < route.size(); i++) {
            UUID candidate = route.get(i);
            if (!candidate.equals(document.drafterId()) && !candidate.equals(holder)
                    && !document.approvedBy(candidate)) {
                return candidate;
            }
        }
        return document.signerId();
    }

    /** The people of the chain for this document, in order, ending before the signer. */
    private List<UUID> route(OutgoingDocument document) {
        List<String> steps = steps(document.agencyCode(), document.documentType());
        Set<UUID> route = new LinkedHashSet<>();
        for (String step : steps) {
            resolve(step, document.drafterId()).filter(id -> !id.equals(document.signerId())).ifPresent(route::add);
        }
        List<UUID> ordered = new ArrayList<>();
        ordered.add(document.drafterId());
        ordered.addAll(route);
        return ordered;
    }

    private List<String> steps(AgencyCode agency, DocumentType type) {
        return jdbc.sql("""
                select steps from review_chain where agency_code = ? and document_type in (?, ?)
                order by case when document_type = ? then 0 else 1 end limit 1
                """)
                .params(agency.value(), type.name(), DEFAULT, type.name())
                .query(String.class).optional().map(steps -> Arrays.asList(steps.split(","))).orElse(List.of());
    }

    private Optional<UUID> resolve(String step, UUID drafter) {
        if (ReviewChain.UNIT_HEAD.equals(step)) {
            return people.person(drafter).map(Person::unitId).flatMap(unit -> people.inUnit(unit).stream()
                    .filter(person -> person.hasRole(Role.UNIT_HEAD) && person.enabled()
                            && !person.id().equals(drafter))
                    .map(Person::id).findFirst());
        }
        return person(step).filter(Person::enabled).map(Person::id);
    }

    private Optional<Person> person(@Nullable String id) {
        try {
            return id == null ? Optional.empty() : people.person(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
