package vn.vanthu.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.vanthu.core.StartupTask;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;
import vn.vanthu.signature.Certificates;
import vn.vanthu.signature.SignatureImages;
import vn.vanthu.signature.SignatureSettings;

/**
 * Gives the demo province's leaders and clerks a certificate from the built-in authority (PIN as configured,
 * {@code 123456} by default), a signature image, and every agency a seal certificate and a seal image. The agencies of
 * the listed demo accounts are done before the first request; the other ~290 follow in the background (a PKCS#12
 * takes some 20 ms to protect with its PIN).
 */
@Component
@Profile("demo")
class DemoSignatureSeeder extends StartupTask implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSignatureSeeder.class);

    private final AgencyDirectory directory;
    private final People people;
    private final Certificates certificates;
    private final SignatureImages images;
    private final char[] pin;
    private volatile boolean closing;
    private volatile @Nullable Thread rest;

    DemoSignatureSeeder(AgencyDirectory directory, People people, Certificates certificates, SignatureImages images,
            SignatureSettings settings) {
        super(0);
        this.directory = directory;
        this.people = people;
        this.certificates = certificates;
        this.images = images;
        this.pin = settings.demoPin().toCharArray();
    }

    @Override
    protected void run() {
        Set<AgencyCode> first = new LinkedHashSet<>();
        for (String username : DemoProvince.LISTED_ACCOUNTS) {
            people.byUsername(username).ifPresent(person -> first.add(person.agencyCode()));
        }
        first.forEach(this::equip);
        Thread rest = new Thread(() -> {
            long started = System.nanoTime();
            List<AgencyCode> all = directory.codes();
            int done = 0;
            for (AgencyCode agency : all) {
                if (closing) {
                    return;
                }
                if (!first.contains(agency)) {
                    try {
                        equip(agency);
                        done++;
                    } catch (RuntimeException e) {
                        LOG.warn("Demo signatures for {} not made: {}", agency, e.getMessage());
                    }
                }
            }
            LOG.info("Demo signatures: certificates and seals for {} more agencies in {} ms", done,
                    (System.nanoTime() - started) / 1_000_000);
        }, "demo-signatures");
        rest.setDaemon(true);
        rest.setPriority(Thread.MIN_PRIORITY);
        this.rest = rest;
        rest.start();
    }

    @Override
    public void destroy() throws InterruptedException {
        closing = true;
        Thread running = rest;
        if (running != null) {
            // the agency in hand is finished before the database goes away
            running.join(30_000);
        }
    }

    private void equip(AgencyCode agency) {
        AgencyView found = directory.findByCode(agency).orElse(null);
        if (found == null) {
            return;
        }
        CurrentUser system = new CurrentUser(new UUID(0, 0), CurrentUser.SYSTEM, "Hệ thống", "", agency,
                found.name(), null, null, Set.of(Role.ADMIN));
        if (!certificates.hasAny(agency, null)) {
            certificates.issue(agency, null, pin, system);
            images.setSeal(agency, DemoSignatureImages.seal(found.name()), 36, system);
        }
        for (Role role : List.of(Role.LEADER, Role.CLERK)) {
            for (Person person : people.withRole(agency, role)) {
                if (!certificates.hasAny(agency, person.id())) {
                    certificates.issue(agency, person.id(), pin, system);
                    images.setSignature(person.id(), DemoSignatureImages.signature(person.fullName()), system);
                }
            }
        }
    }
}
