package vn.vanthu.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vanthu.organisation.Accounts;

/**
 * Production refuses to run while a demo account still opens with the published demo password: a database that
 * once ran the demo profile must have those accounts removed or their passwords changed first.
 */
@Component
@Profile("prod")
@Order(-10)
class DemoAccountsGuard implements ApplicationRunner {

    private final Accounts accounts;

    DemoAccountsGuard(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String username : DemoProvince.LISTED_ACCOUNTS) {
            if (accounts.hasPassword(username, DemoProvince.PASSWORD)) {
                throw new IllegalStateException("The demo account '" + username + "' still has the demo password. "
                        + "Production does not start with demo accounts: change its password first.");
            }
        }
    }
}
