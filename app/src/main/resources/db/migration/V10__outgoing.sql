-- outgoing: documents an agency drafts, reviews, signs, numbers and issues; their versions, files, timeline and the
-- recipients' progress as it comes back.

create table outgoing_document (
    id                   uuid          not null primary key,
    agency_code          varchar(13)   not null,
    state                varchar(20)   not null,
    document_type        varchar(30)   not null,
    subject              varchar(500)  not null,
    urgency              varchar(20)   not null,
    confidentiality      varchar(20)   not null,
    drafter_id           uuid          not null,
    drafter_name         varchar(100)  not null,
    drafting_unit        varchar(30),
    signer_id            uuid          not null,
    signer_name          varchar(50)   not null,
    signer_position      varchar(100)  not null,
    authority            varchar(10)   not null,
    authority_of         varchar(100),
    reply_due            date,
    answers_incoming_id  uuid,
    reviewer_id          uuid,
    reviewer_name        varchar(100),
    signed_sha256        varchar(64),
    signed_at            timestamp with time zone,
    register_id          uuid references register (id),
    register_year        int,
    issue_number         bigint,
    code_number          varchar(11),
    code_notation        varchar(30),
    issued_at            timestamp with time zone,
    issued_sha256        varchar(64),
    document_identity    varchar(100),
    search_key           varchar(1000) not null,
    version              bigint        not null default 0,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    -- the register's promise, as for arrival numbers: one document per number and year
    constraint outgoing_number_uk unique (register_id, register_year, issue_number)
);
create index outgoing_agency_state_idx on outgoing_document (agency_code, state, updated_at desc);
create index outgoing_reviewer_idx on outgoing_document (reviewer_id) where reviewer_id is not null;
create index outgoing_drafter_idx on outgoing_document (drafter_id, updated_at desc);

-- Every revision of the main file. A DOCX keeps its source beside the PDF made of it.
create table outgoing_version (
    id            uuid         not null primary key,
    document_id   uuid         not null references outgoing_document (id),
    number        int          not null,
    sha256        varchar(64)  not null references stored_file (sha256),
    file_name     varchar(255) not null,
    size          bigint       not null,
    source        varchar(20)  not null,
    source_sha256 varchar(64) references stored_file (sha256),
    body          text,
    author_id     uuid         not null,
    author_name   varchar(100) not null,
    created_at    timestamp with time zone not null,
    constraint outgoing_version_uk unique (document_id, number)
);

-- Appendices sent as separate files; each gets the agency signature with the number when issued.
create table outgoing_file (
    id            uuid         not null primary key,
    document_id   uuid         not null references outgoing_document (id),
    sha256        varchar(64)  not null references stored_file (sha256),
    file_name     varchar(255) not null,
    size          bigint       not null,
    position      int          not null,
    issued_sha256 varchar(64) references stored_file (sha256)
);
create index outgoing_file_document_idx on outgoing_file (document_id);

create table outgoing_step (
    id          uuid         not null primary key,
    document_id uuid         not null references outgoing_document (id),
    occurred_at timestamp with time zone not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    action      varchar(20)  not null,
    addressee   varchar(200),
    note        text
);
create index outgoing_step_document_idx on outgoing_step (document_id, occurred_at);

-- "Nơi nhận": one row per recipient, with the time each status of edXML came back (01 delivered ... 06 completed).
create table outgoing_recipient (
    id                 uuid         not null primary key,
    document_id        uuid         not null references outgoing_document (id),
    position           int          not null,
    agency_code        varchar(13),
    name               varchar(200) not null,
    delivery           varchar(20)  not null,
    status             varchar(20),
    received_id        uuid,
    delivered_at       timestamp with time zone,
    refused_at         timestamp with time zone,
    accepted_at        timestamp with time zone,
    assigned_at        timestamp with time zone,
    in_progress_at     timestamp with time zone,
    completed_at       timestamp with time zone,
    note               varchar(2000)
);
create index outgoing_recipient_document_idx on outgoing_recipient (document_id);
create index outgoing_recipient_received_idx on outgoing_recipient (received_id) where received_id is not null;

-- incoming: a copy delivered inside the deployment remembers the outgoing document it came from, once per agency.
alter table incoming_document add column origin_id uuid;
create unique index incoming_origin_uk on incoming_document (agency_code, origin_id) where origin_id is not null;

-- Agencies that exist already get the outgoing registers new agencies open with.
insert into register (id, agency_code, kind, name, confidential, sort_order, active, version, created_at, updated_at)
select gen_random_uuid(), a.agency_code, 'OUTGOING', r.name, r.confidential, r.sort_order, true, 0, now(), now()
  from (select distinct agency_code from register) a
 cross join (values ('Sổ văn bản đi', false, 0), ('Sổ văn bản đi mật', true, 1)) as r (name, confidential, sort_order)
 where not exists (select 1 from register x where x.agency_code = a.agency_code and x.kind = 'OUTGOING');
