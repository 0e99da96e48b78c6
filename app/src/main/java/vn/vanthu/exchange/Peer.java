package vn.vanthu.exchange;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AggregateRoot;

/**
 * A connected system (hệ thống kết nối): another province's eOffice, a ministry's, a provincial hub or the national
 * one. Each side signs its requests to the other with a secret of its own, kept sealed.
 */
@Entity
@Table(name = "exchange_peer")
class Peer extends AggregateRoot<Peer> {

    private String systemId;
    private String name;
    private @Nullable String baseUrl;
    private byte[] inboundSecret;
    private byte[] outboundSecret;
    private boolean active;

    Peer(String systemId) {
        this.systemId = systemId;
    }

    protected Peer() {
        // for JPA
    }

    Peer describe(String newName, @Nullable String newBaseUrl, boolean isActive) {
        this.name = newName;
        this.baseUrl = newBaseUrl;
        this.active = isActive;
        return this;
    }

    Peer secrets(byte[] sealedInbound, byte[] sealedOutbound) {
        this.inboundSecret = sealedInbound;
        this.outboundSecret = sealedOutbound;
        return this;
    }

    String systemId() {
        return systemId;
    }

    String name() {
        return name;
    }

    @Nullable String baseUrl() {
        return baseUrl;
    }

    byte[] inboundSecret() {
        return inboundSecret;
    }

    byte[] outboundSecret() {
        return outboundSecret;
    }

    boolean active() {
        return active;
    }
}
