package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import vn.vanthu.organisation.AgencyCode;

interface IncomingDocuments extends Repository<IncomingDocument, UUID> {

    IncomingDocument save(IncomingDocument document);

    Optional<IncomingDocument> findById(UUID id);

    Optional<IncomingDocument> findByAgencyCodeAndOriginId(AgencyCode agencyCode, UUID originId);

    /** The PDFs of the documents made with ids in {@code [first, last)} (ids are time-ordered: see core.Ids). */
    @Query("""
            select distinct f.sha256 from IncomingDocument d join d.files f
            where d.id >= :first and d.id < :last and f.contentType = 'application/pdf'
            """)
    List<String> findPdfsMadeBetween(@Param("first") UUID first, @Param("last") UUID last);

    /**
     * A document of the agency already received with the same sender, number, notation and date, which Decree 30
     * Appendix VI asks to warn about (refused ones do not count).
     */
    @Query("""
            select d from IncomingDocument d
            where d.agencyCode = :agency and d.state <> vn.vanthu.incoming.IncomingState.REFUSED
              and lower(d.senderName) = lower(:senderName)
              and coalesce(d.codeNumber, '') = :codeNumber and coalesce(d.codeNotation, '') = :codeNotation
              and d.promulgationDate = :promulgationDate
            order by d.arrivedAt
            """)
    List<IncomingDocument> findLookAlikes(@Param("agency") AgencyCode agency,
            @Param("senderName") String senderName, @Param("codeNumber") String codeNumber,
            @Param("codeNotation") String codeNotation, @Param("promulgationDate") @Nullable LocalDate promulgationDate);
}
