package vn.vanthu.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Every package in and out. */
interface ExchangePackages extends Repository<ExchangePackage, UUID> {

    ExchangePackage save(ExchangePackage exchangePackage);

    ExchangePackage saveAndFlush(ExchangePackage exchangePackage);

    Optional<ExchangePackage> findById(UUID id);

    /** The document package taken earlier from the same sender for the same purpose. */
    @Query("""
            select p from ExchangePackage p where p.direction = vn.vanthu.exchange.PackageDirection.IN
            and p.messageType = 'edoc' and p.fromCode = :fromCode and p.documentIdentity = :identity
            and p.business = :business""")
    Optional<ExchangePackage> findReceived(@Param("fromCode") String fromCode, @Param("identity") String identity,
            @Param("business") String business);

    /** Documents that came in with this origin: where statuses about them go back to. */
    @Query("""
            select p from ExchangePackage p where p.direction = vn.vanthu.exchange.PackageDirection.IN
            and p.messageType = 'edoc' and p.originId = :originId order by p.createdAt""")
    List<ExchangePackage> findReceivedByOrigin(@Param("originId") UUID originId);

    /** The packages that sent one of our documents out. */
    @Query("""
            select p from ExchangePackage p where p.direction = vn.vanthu.exchange.PackageDirection.OUT
            and p.messageType = 'edoc' and p.business = 'NEW' and p.documentId = :documentId order by p.createdAt""")
    List<ExchangePackage> findSent(@Param("documentId") UUID documentId);

    /** The package that sent the document with this edXML identity to {@code toCode}. */
    @Query(value = """
            select * from exchange_package where direction = 'OUT' and message_type = 'edoc' and business = 'NEW'
            and document_identity = :identity and (' ' || to_codes || ' ') like ('% ' || :toCode || ' %')
            order by created_at limit 1""", nativeQuery = true)
    Optional<ExchangePackage> findSentTo(@Param("identity") String identity, @Param("toCode") String toCode);

    @Query(value = """
            select id from exchange_package where state = 'PENDING' and direction = 'OUT' and next_attempt_at <= :now
            order by next_attempt_at limit :limit""", nativeQuery = true)
    List<UUID> findDue(@Param("now") Instant now, @Param("limit") int limit);

    @Query("""
            select p from ExchangePackage p where p.direction = :direction
            and (:state is null or p.state = :state) order by p.createdAt desc""")
    Page<ExchangePackage> findAll(@Param("direction") PackageDirection direction,
            @Param("state") @Nullable PackageState state, Pageable pageable);

    /** What an agency sent out, newest first. */
    @Query(value = """
            select * from exchange_package where direction = 'OUT' and from_code = :agency
            and (cast(:state as varchar) is null or state = :state) order by created_at desc""",
            countQuery = """
            select count(*) from exchange_package where direction = 'OUT' and from_code = :agency
            and (cast(:state as varchar) is null or state = :state)""", nativeQuery = true)
    Page<ExchangePackage> findSentBy(@Param("agency") String agency, @Param("state") @Nullable String state,
            Pageable pageable);

    /** What came in for an agency, newest first. */
    @Query(value = """
            select * from exchange_package where direction = 'IN'
            and (' ' || to_codes || ' ') like ('% ' || :agency || ' %')
            and (cast(:state as varchar) is null or state = :state) order by created_at desc""",
            countQuery = """
            select count(*) from exchange_package where direction = 'IN'
            and (' ' || to_codes || ' ') like ('% ' || :agency || ' %')
            and (cast(:state as varchar) is null or state = :state)""", nativeQuery = true)
    Page<ExchangePackage> findReceivedFor(@Param("agency") String agency, @Param("state") @Nullable String state,
            Pageable pageable);

    /** What waits for a system that polls, oldest first. */
    @Query(value = """
            select * from exchange_package where direction = 'OUT' and state = 'PENDING' and peer_id = :peer
            and next_attempt_at is null and (cast(:type as varchar) is null or message_type = :type)
            order by created_at limit :limit""", nativeQuery = true)
    List<ExchangePackage> findWaiting(@Param("peer") UUID peer, @Param("type") @Nullable String messageType,
            @Param("limit") int limit);
}
