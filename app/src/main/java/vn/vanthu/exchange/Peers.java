package vn.vanthu.exchange;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The connected systems. */
interface Peers extends Repository<Peer, UUID> {

    Peer save(Peer peer);

    Peer saveAndFlush(Peer peer);

    Optional<Peer> findById(UUID id);

    Optional<Peer> findBySystemId(String systemId);

    List<Peer> findAllByOrderByName();
}
