package vn.vanthu.signature.internal;

import org.springframework.stereotype.Component;

import vn.vanthu.core.StartupTask;

/** Opens the built-in authority before the first request: made on the first start, loaded on every other. */
@Component
class AuthorityStartup extends StartupTask {

    private final BuiltInAuthority authority;

    AuthorityStartup(BuiltInAuthority authority) {
        super(-2);
        this.authority = authority;
    }

    @Override
    protected void run() {
        authority.open();
    }
}
