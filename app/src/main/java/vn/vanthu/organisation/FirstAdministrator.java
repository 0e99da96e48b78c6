package vn.vanthu.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vanthu.core.Refusal;
import vn.vanthu.core.StartupTask;

/**
 * Makes sure a deployment can be administered: creates the first system administrator (and their agency, if it
 * is new) from configuration, and in production refuses to start when there is no administrator at all.
 */
@Component
class FirstAdministrator extends StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    /** After the demo province, which brings an administrator of its own. */
    static final int PHASE = 0;

    private final BootstrapProperties properties;
    private final Users users;
    private final Agencies agencies;
    private final OrganisationImport organisationImport;
    private final MessageSource messages;

    FirstAdministrator(BootstrapProperties properties, Users users, Agencies agencies,
            OrganisationImport organisationImport, MessageSource messages) {
        super(PHASE);
        this.properties = properties;
        this.users = users;
        this.agencies = agencies;
        this.organisationImport = organisationImport;
        this.messages = messages;
    }

    @Override
    protected void run() {
        try {
            createIfMissing();
        } catch (Refusal refused) {
            throw new IllegalStateException("The first administrator cannot be created from VANTHU_ADMIN_*: "
                    + messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(),
                            Locale.ENGLISH), refused);
        }
    }

    private void createIfMissing() {
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
        String username = UsernameRule.normalize("VANTHU_ADMIN_USERNAME", properties.adminUsername());
        PasswordPolicy.check("VANTHU_ADMIN_PASSWORD", properties.adminPassword(), username);
        List<AgencyDetails> newAgency = agencies.existsByCode(code) ? List.of()
                : List.of(new AgencyDetails(code.value(), null,
                        required(properties.agencyName(), "VANTHU_ADMIN_AGENCY_NAME"), properties.agencyAbbreviation(),
                        properties.agencyLevel(), null, 0, null, null, null, null, null, null));
        var admin = new OrganisationSnapshot.PersonEntry(username, code.value(), null,
                new UserProfile(properties.adminFullName(), properties.adminPositionTitle(), null, null),
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
