package vn.vanthu.demo;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.Accounts;

/**
 * Production refuses to run on a database that holds the demo province (its thousand accounts share a published
 * password) or where a listed demo account still has the demo password. It checks before the web server opens.
 */
@Component
@Profile("prod")
class DemoAccountsGuard implements SmartInitializingSingleton {

    private final AgencyDirectory directory;
    private final Accounts accounts;

    DemoAccountsGuard(AgencyDirectory directory, Accounts accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (directory.findByCode(new AgencyCode(DemoProvince.PROVINCE_CODE)).isPresent()) {
            throw new IllegalStateException("This database holds the demo province (" + DemoProvince.PROVINCE_CODE
                    + ") and its demo accounts. Production does not start on demo data: use a new database.");
        }
        for (String username : DemoProvince.LISTED_ACCOUNTS) {
            if (accounts.hasPassword(username, DemoProvince.PASSWORD)) {
                throw new IllegalStateException("The demo account '" + username + "' still has the demo password. "
                        + "Production does not start with demo accounts: change its password first.");
            }
        }
    }
}
