-- exchange: the systems VanThu exchanges edXML packages with, which of them serves which agency code, and every
-- package that came in or goes out, with each attempt to send it.

-- keys of the deployment itself (the one that signs outgoing packages), sealed like every other key
create table system_key (
    label       varchar(50) not null primary key,
    certificate bytea       not null,
    sealed_key  bytea       not null,
    created_at  timestamp with time zone not null
);

create table exchange_peer (
    id              uuid         not null primary key,
    system_id       varchar(100) not null,
    name            varchar(200) not null,
    base_url        varchar(500) not null,
    -- the secret the peer signs its requests to us with, and the one we sign ours to it with; sealed
    inbound_secret  bytea        not null,
    outbound_secret bytea        not null,
    active          boolean      not null,
    version         bigint       not null default 0,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    constraint exchange_peer_system_uk unique (system_id)
);

-- an exact agency code (000.00.20.H13), every code of a top-level group (*.H13), or everything else (*)
create table exchange_route (
    pattern    varchar(13) not null primary key,
    peer_id    uuid        not null references exchange_peer (id) on delete cascade,
    created_at timestamp with time zone not null
);

create table exchange_package (
    id                uuid         not null primary key,
    direction         varchar(3)   not null,
    message_type      varchar(6)   not null,
    business          varchar(8),
    state             varchar(12)  not null,
    peer_id           uuid         references exchange_peer (id),
    from_code         varchar(50)  not null,
    to_codes          varchar(2000) not null,
    document_identity varchar(300) not null,
    -- the id both sides use for the document: derived from sender and DocumentId for what comes in
    origin_id         uuid,
    -- the outgoing document sent (out) or the first incoming copy made (in)
    document_id       uuid,
    status_code       varchar(2),
    subject           varchar(500),
    sha256            varchar(64)  not null,
    length            bigint       not null,
    attempts          int          not null default 0,
    next_attempt_at   timestamp with time zone,
    last_error        varchar(2000),
    created_at        timestamp with time zone not null,
    done_at           timestamp with time zone
);
-- the same document from the same sender, for the same purpose, is taken once
create unique index exchange_package_in_uk on exchange_package (from_code, document_identity, business)
    where direction = 'IN' and message_type = 'edoc';
create index exchange_package_due_idx on exchange_package (next_attempt_at) where state = 'PENDING';
create index exchange_package_origin_idx on exchange_package (origin_id) where origin_id is not null;
create index exchange_package_document_idx on exchange_package (document_id) where document_id is not null;
create index exchange_package_recent_idx on exchange_package (direction, created_at desc);

-- the files an incoming package carried, kept in storage
create table exchange_package_file (
    package_id   uuid         not null references exchange_package (id) on delete cascade,
    position     int          not null,
    sha256       varchar(64)  not null references stored_file (sha256),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    primary key (package_id, position)
);

create table exchange_attempt (
    id          bigserial    not null primary key,
    package_id  uuid         not null references exchange_package (id) on delete cascade,
    at          timestamp with time zone not null,
    http_status int,
    error       varchar(2000),
    millis      int          not null
);
create index exchange_attempt_package_idx on exchange_attempt (package_id, at desc);
