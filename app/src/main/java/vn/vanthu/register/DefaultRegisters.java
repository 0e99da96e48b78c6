package vn.vanthu.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyCreated;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.OrganisationImported;

/**
 * Every agency starts with the registers Decree 30 asks for: one for incoming documents and a separate one for
 * secret incoming documents, and the same two for what it issues (secret documents are numbered in a
 * separate series, Art. 15). They open as soon as the agency exists (in the same request, so a clerk can register at
 * once); the event publication registry retries if that fails.
 */
@Component
class DefaultRegisters {

    private final Registers registers;
    private final AgencyDirectory directory;

    DefaultRegisters(Registers registers, AgencyDirectory directory) {
        this.registers = registers;
        this.directory = directory;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AgencyCreated created) {
        openFor(List.of(created.code()), created.actor());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(OrganisationImported imported) {
        openFor(directory.codes(), imported.actor());
    }

    private void openFor(List<AgencyCode> agencies, String by) {
        Set<String> served = new HashSet<>(registers.findAgenciesWithRegisters(
                agencies.stream().map(AgencyCode::value).toList()));
        List<Register> opened = new ArrayList<>();
        for (AgencyCode agency : agencies) {
            if (!served.contains(agency.value())) {
                opened.add(new Register(agency, new RegisterDetails("Sổ văn bản đến", RegisterKind.INCOMING, false,
                        0, null), by).withoutEvents());
                opened.add(new Register(agency, new RegisterDetails("Sổ văn bản đến mật", RegisterKind.INCOMING,
                        true, 1, null), by).withoutEvents());
                opened.add(new Register(agency, new RegisterDetails("Sổ văn bản đi", RegisterKind.OUTGOING, false,
                        0, null), by).withoutEvents());
                opened.add(new Register(agency, new RegisterDetails("Sổ văn bản đi mật", RegisterKind.OUTGOING,
                        true, 1, null), by).withoutEvents());
            }
        }
        registers.saveAll(opened);
    }
}
