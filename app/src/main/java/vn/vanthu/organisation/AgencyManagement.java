package vn.vanthu.organisation;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.RuleViolation;

/** Adding agencies to the tree and editing them: system administrators only. */
@Service
@Transactional
public class AgencyManagement {

    private final Agencies agencies;
    private final AgencyTreePolicy tree;

    AgencyManagement(Agencies agencies) {
        this.agencies = agencies;
        this.tree = new AgencyTreePolicy(id -> agencies.findById(id).orElse(null));
    }

    /** Refuses, before a form is shown, someone who may not add or edit agencies. */
    public void checkManagesAgencies(CurrentUser by) {
        AdministrationPolicy.checkManagesAgencies(by);
    }

    public AgencyView create(AgencyDetails details, CurrentUser by) {
        AdministrationPolicy.checkManagesAgencies(by);
        AgencyCode code = details.agencyCode();
        if (agencies.existsByCode(code)) {
            throw new RuleViolation("organisation.agency.code.taken", code.value());
        }
        checkQd20Free(details.decision20Code(), null);
        Agency parent = parent(details.parentAgencyCode());
        tree.checkPlacement(details.level(), parent);
        return AgencyView.of(agencies.save(new Agency(details, parent, by.username())), parent);
    }

    public AgencyView change(AgencyCode code, AgencyDetails details, CurrentUser by) {
        AdministrationPolicy.checkManagesAgencies(by);
        Agency agency = agencies.findByCode(code)
                .orElseThrow(() -> new NotFound("organisation.agency.not-found", code));
        agency.checkVersion(details.version());
        if (!details.code().isBlank() && !details.agencyCode().equals(code)) {
            throw new InvalidValue("code", "organisation.agency.code.immutable", code.value());
        }
        checkQd20Free(details.decision20Code(), agency.codeQd20());
        Agency parent = parent(details.parentAgencyCode());
        tree.checkChange(agency, details.level(), parent, agencies.findChildLevels(agency.id()));
        return AgencyView.of(agencies.save(agency.change(details, parent, by.username())), parent);
    }

    private void checkQd20Free(@Nullable Decision20Code wanted, @Nullable Decision20Code current) {
        if (wanted != null && !wanted.equals(current) && agencies.existsByCodeQd20(wanted)) {
            throw new RuleViolation("organisation.agency.code-qd20.taken", wanted.value());
        }
    }

    private @Nullable Agency parent(@Nullable AgencyCode code) {
        if (code == null) {
            return null;
        }
        return agencies.findByCode(code)
                .orElseThrow(() -> new InvalidValue("parentCode", "organisation.agency.parent.not-found", code));
    }
}
