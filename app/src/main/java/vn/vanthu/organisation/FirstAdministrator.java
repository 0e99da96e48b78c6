package vn.vanthu.organisation;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure a deployment can be administered: creates the first system administrator (and their agency, if it
 * is new) from configuration, and in production refuses to start when there is no administrator at all.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final BootstrapProperties properties;
    private final Users users;
    private final Agencies agencies;
    private final OrganisationImport organisationImport;

    FirstAdministrator(BootstrapProperties properties, Users users, Agencies agencies,
            OrganisationImport organisationImport) {
        this.properties = properties;
        this.users = users;
        this.agencies = agencies;
        this.organisationImport = organisationImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.existsWithRole(Role.ADMIN)) {
            return;
        }
        if (!properties.configured()) {
            if (properties.required()) {
                throw new IllegalStateException("VanThu has no system administrator. Set VANTHU_ADMIN_USERNAME, "
                        + "VANTHU_ADMIN_PASSWORD and VANTHU_ADMIN_AGENCY_CODE (and VANTHU_ADMIN_AGENCY_NAME for a "
                        + "new agency) to create the first one.");
            }
            return;
        }
        AgencyCode code = AgencyCode.of(properties.agencyCode());
        List<AgencyDetails> newAgency = agencies.existsByCode(code) ? List.of()
                : List.of(new AgencyDetails(code.value(), null, required(properties.agencyName(), "VANTHU_ADMIN_AGENCY_NAME"),
                        properties.agencyAbbreviation(), properties.agencyLevel(), null, 0, null, null, null, null,
                        null));
        var admin = new OrganisationSnapshot.PersonEntry(properties.adminUsername().strip(), code.value(), null,
                new UserProfile(properties.adminFullName(), properties.adminFullName(), null, null),
                Set.of(Role.ADMIN));
        organisationImport.importAll(new OrganisationSnapshot(newAgency, List.of(), List.of(admin)),
                properties.adminPassword(), "bootstrap", CurrentUser.SYSTEM);
        LOG.info("Created the first system administrator '{}' in agency {}", admin.username(), code);
    }

    private static String required(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is needed to create the administrator's agency");
        }
        return value;
    }
}
