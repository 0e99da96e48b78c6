package vn.vanthu.exchange;

import java.util.UUID;

/** A package from a peer was stored and acknowledged; acting on it comes next, after the commit. */
public record PackageReceived(UUID packageId) {
}
