package vn.vanthu.signature;

import org.springframework.stereotype.Component;

import vn.vanthu.signature.internal.KeyVault;

/**
 * Seals a secret another module must keep in the database (the shared secret of a connected system, say) with the
 * same deployment key and the same row binding as the private keys: sealed for one label, it opens for no other.
 */
@Component
public class SecretSealing {

    private final KeyVault vault;

    SecretSealing(KeyVault vault) {
        this.vault = vault;
    }

    public byte[] seal(byte[] secret, String label) {
        return vault.seal(secret, label);
    }

    public byte[] open(byte[] sealed, String label) {
        return vault.open(sealed, label);
    }
}
