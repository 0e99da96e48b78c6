-- incoming: documents received by an agency, their files, their processing timeline and the tasks inboxes show.

create table incoming_document (
    id                uuid          not null primary key,
    agency_code       varchar(13)   not null,
    state             varchar(20)   not null,
    sender_code       varchar(13),
    sender_name       varchar(200)  not null,
    sender_key        varchar(200)  not null,
    code_number       varchar(11),
    code_notation     varchar(30),
    promulgation_date date,
    document_type     varchar(30)   not null,
    subject           varchar(500)  not null,
    signer_name       varchar(50),
    signer_position   varchar(100),
    urgency           varchar(20)   not null,
    confidentiality   varchar(20)   not null,
    page_count        int,
    form              varchar(20)   not null,
    arrived_at        timestamp with time zone not null,
    deadline          date,
    register_id       uuid references register (id),
    register_year     int,
    arrival_number    bigint,
    registered_at     timestamp with time zone,
    assigned_at       timestamp with time zone,
    lead_unit_id      uuid,
    lead_unit_name    varchar(200),
    lead_names        varchar(1000),
    handling_deadline date,
    instruction       varchar(2000),
    completed_at      timestamp with time zone,
    answered_by       varchar(200),
    search_key        varchar(1000) not null,
    version           bigint        not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    -- the register's promise: one document per number and year
    constraint incoming_arrival_uk unique (register_id, register_year, arrival_number)
);
create index incoming_agency_arrived_idx on incoming_document (agency_code, arrived_at desc);
create index incoming_lookalike_idx on incoming_document (agency_code, promulgation_date, code_number);

create table incoming_file (
    id           uuid         not null primary key,
    document_id  uuid         not null references incoming_document (id),
    sha256       varchar(64)  not null references stored_file (sha256),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    position     int          not null
);
create index incoming_file_document_idx on incoming_file (document_id);

create table incoming_step (
    id          uuid         not null primary key,
    document_id uuid         not null references incoming_document (id),
    occurred_at timestamp with time zone not null,
    actor_id    uuid         not null,
    actor_name  varchar(100) not null,
    action      varchar(20)  not null,
    handlers    text,
    deadline    date,
    note        text
);
create index incoming_step_document_idx on incoming_step (document_id, occurred_at);

-- One row per piece of work; an inbox page reads one person's rows of one tab in deadline order.
create table incoming_task (
    id                uuid         not null primary key,
    document_id       uuid         not null references incoming_document (id),
    assignee_id       uuid,
    assignee_name     varchar(100),
    clerk_agency_code varchar(13),
    role              varchar(20)  not null,
    tab               varchar(20)  not null,
    open              boolean      not null,
    deadline          date,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint incoming_task_one_assignee check ((assignee_id is null) <> (clerk_agency_code is null))
);
create index incoming_task_person_idx on incoming_task (assignee_id, tab, deadline) where assignee_id is not null;
create index incoming_task_clerks_idx on incoming_task (clerk_agency_code, tab, deadline)
    where clerk_agency_code is not null;
create index incoming_task_document_idx on incoming_task (document_id);
