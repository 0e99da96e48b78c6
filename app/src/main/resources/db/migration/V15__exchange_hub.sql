-- hub mode: a connected system with no address takes its packages by polling; a package passed on to another system
-- is the one that came in, sent as it is (source_id names it) rather than written again.
alter table exchange_peer alter column base_url drop not null;
alter table exchange_package add column source_id uuid references exchange_package (id);
create index exchange_package_waiting_idx on exchange_package (peer_id, created_at)
    where direction = 'OUT' and state = 'PENDING';
create index exchange_package_source_idx on exchange_package (source_id) where source_id is not null;
