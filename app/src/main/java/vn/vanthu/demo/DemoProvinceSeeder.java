package vn.vanthu.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.vanthu.core.StartupTask;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.OrganisationImport;
import vn.vanthu.organisation.OrganisationImported;

/**
 * Loads the demo province on the first start with the demo profile, before the web server opens; later starts find it
 * and leave it be.
 */
@Component
@Profile("demo")
class DemoProvinceSeeder extends StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(DemoProvinceSeeder.class);

    private final AgencyDirectory directory;
    private final OrganisationImport organisationImport;
    private final DemoSettings settings;

    DemoProvinceSeeder(AgencyDirectory directory, OrganisationImport organisationImport, DemoSettings settings) {
        super(-1);
        this.directory = directory;
        this.organisationImport = organisationImport;
        this.settings = settings;
    }

    @Override
    protected void run() {
        LOG.warn("Demo profile: the demo accounts share the published password {}. For real work run with "
                + "SPRING_PROFILES_ACTIVE=prod on a database of its own.", DemoProvince.PASSWORD);
        if (directory.findByCode(new AgencyCode("000.00.00." + settings.group())).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        OrganisationImported loaded = organisationImport.importAll(
                DemoProvince.build(settings.group(), settings.province()), DemoProvince.PASSWORD,
                "demo", CurrentUser.SYSTEM);
        LOG.info("Loaded the demo province: {} agencies, {} units, {} people in {} ms", loaded.agencies(),
                loaded.units(), loaded.users(), (System.nanoTime() - started) / 1_000_000);
    }
}
