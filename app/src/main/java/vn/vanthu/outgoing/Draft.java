package vn.vanthu.outgoing;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Draft details checked against the directory: the signer found among the agency's people, and each recipient
 * resolved to an agency of the deployment, one served elsewhere, or a name for paper.
 */
record Draft(DraftDetails details, Actor signer, String signerPosition, List<Addressee> recipients) {

    record Addressee(@Nullable String agencyCode, String name, DeliveryRoute route) {
    }
}
