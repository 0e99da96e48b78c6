package vn.vanthu.outgoing;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import vn.vanthu.organisation.AgencyCode;

interface OutgoingDocuments extends Repository<OutgoingDocument, UUID> {

    String SUMMARY = """
            select new vn.vanthu.outgoing.OutgoingSummary(d.id, d.state, d.documentType, d.subject, d.urgency,
                d.drafterName, d.reviewerName, d.signerName, d.codeNumber, d.codeNotation, d.issuedAt, d.updatedAt)
            from OutgoingDocument d
            """;

    OutgoingDocument save(OutgoingDocument document);

    Optional<OutgoingDocument> findById(UUID id);

    @Query(SUMMARY + """
            where d.drafterId = :person
              and d.state in (vn.vanthu.outgoing.OutgoingState.DRAFT, vn.vanthu.outgoing.OutgoingState.RETURNED,
                              vn.vanthu.outgoing.OutgoingState.IN_REVIEW)
            order by d.updatedAt desc
            """)
    Page<OutgoingSummary> drafts(@Param("person") UUID person, Pageable page);

    @Query(SUMMARY + """
            where d.reviewerId = :person and d.state = vn.vanthu.outgoing.OutgoingState.IN_REVIEW
              and d.signerId <> :person
            order by d.updatedAt
            """)
    Page<OutgoingSummary> toReview(@Param("person") UUID person, Pageable page);

    @Query(SUMMARY + """
            where d.reviewerId = :person and d.state = vn.vanthu.outgoing.OutgoingState.IN_REVIEW
              and d.signerId = :person
            order by d.updatedAt
            """)
    Page<OutgoingSummary> toSign(@Param("person") UUID person, Pageable page);

    @Query(SUMMARY + """
            where d.agencyCode = :agency and d.state in :states
            order by d.updatedAt desc
            """)
    Page<OutgoingSummary> ofAgency(@Param("agency") AgencyCode agency,
            @Param("states") Collection<OutgoingState> states, Pageable page);

    @Query(SUMMARY + """
            where d.drafterId = :person
              and d.state in (vn.vanthu.outgoing.OutgoingState.ISSUED, vn.vanthu.outgoing.OutgoingState.RECALLED)
            order by d.issuedAt desc
            """)
    Page<OutgoingSummary> issuedBy(@Param("person") UUID person, Pageable page);
}
