package vn.vanthu.register;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.Refusal;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;

/** Opening, renaming and closing an agency's registers, and reading them. */
@Service
@Transactional
public class RegisterManagement {

    private final Registers registers;

    RegisterManagement(Registers registers) {
        this.registers = registers;
    }

    @Transactional(readOnly = true)
    public List<RegisterView> registersOf(AgencyCode agency, RegisterKind kind, CurrentUser by) {
        RegisterPolicy.checkReads(by, agency);
        return registers.findByAgencyCodeAndKindOrderBySortOrderAscNameAsc(agency, kind).stream()
                .map(Register::view)
                .toList();
    }

    /** One register, for a reader of its agency; others are told it does not exist. */
    @Transactional(readOnly = true)
    public RegisterView register(UUID id, CurrentUser by) {
        RegisterView register = register(id);
        RegisterPolicy.checkReads(by, register.agencyCode());
        return register;
    }

    /**
     * A register whose book (Decree 30 Appendix IV) this person reads: one of this kind, of their agency, read by its
     * clerks, who keep it, and its leaders, who answer for it. Others are told it does not exist.
     */
    @Transactional(readOnly = true)
    public RegisterView book(UUID id, RegisterKind kind, CurrentUser by) {
        RegisterView register = register(id, by);
        if (register.kind() != kind || !RegisterPolicy.readsBook(by)) {
            throw new NotFound("register.not-found", id);
        }
        return register;
    }

    /** One register, for modules that check a reference to it (the caller has checked its reader). */
    @Transactional(readOnly = true)
    public RegisterView register(UUID id) {
        return registers.findById(id).map(Register::view)
                .orElseThrow(() -> new NotFound("register.not-found", id));
    }

    /** Whether this person keeps the agency's registers, to offer them the forms that change them. */
    public boolean keeps(AgencyCode agency, CurrentUser by) {
        try {
            RegisterPolicy.checkKeeps(by, agency);
            return true;
        } catch (Refusal refused) {
            return false;
        }
    }

    public RegisterView open(AgencyCode agency, RegisterDetails details, CurrentUser by) {
        RegisterPolicy.checkKeeps(by, agency);
        if (registers.existsByAgencyCodeAndKindAndNameIgnoreCase(agency, details.kind(), details.name().strip())) {
            throw new RuleViolation("register.name.taken", details.name().strip());
        }
        return registers.save(new Register(agency, details, by.username())).view();
    }

    public RegisterView change(UUID id, RegisterDetails details, CurrentUser by) {
        Register register = registers.findById(id).orElseThrow(() -> new NotFound("register.not-found", id));
        RegisterPolicy.checkKeeps(by, register.agencyCode());
        register.checkVersion(details.version());
        return registers.save(register.rename(details.name(),
                details.sortOrder() == null ? 0 : details.sortOrder(), by.username())).view();
    }

    /** A closed register takes no more numbers; what it numbered keeps its numbers. */
    public RegisterView close(UUID id, CurrentUser by) {
        Register register = registers.findById(id).orElseThrow(() -> new NotFound("register.not-found", id));
        RegisterPolicy.checkKeeps(by, register.agencyCode());
        return registers.save(register.close(by.username())).view();
    }
}
