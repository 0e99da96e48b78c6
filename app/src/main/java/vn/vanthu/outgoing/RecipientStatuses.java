package vn.vanthu.outgoing;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The recipient rows of an issued document, read one recipient at a time and locked for the change. */
interface RecipientStatuses extends Repository<RecipientStatus, UUID> {

    // native: Hibernate cannot lock the rows of a joined collection in a JPQL query
    @Query(value = """
            select * from outgoing_recipient where document_id = :document and agency_code = :agency for update
            """, nativeQuery = true)
    List<RecipientStatus> of(@Param("document") UUID document, @Param("agency") String agency);
}
