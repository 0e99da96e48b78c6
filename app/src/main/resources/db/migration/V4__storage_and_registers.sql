-- storage: what is known of each stored file; the content lives in the file store under the same SHA-256.
create table stored_file (
    sha256       char(64)     not null primary key,
    size         bigint       not null check (size > 0),
    content_type varchar(100) not null,
    stored_at    timestamp with time zone not null
);

-- register: the registers (sổ văn bản) of each agency and their yearly counters.
create table register (
    id           uuid         not null primary key,
    agency_code  varchar(13)  not null,
    kind         varchar(20)  not null,
    name         varchar(200) not null,
    confidential boolean      not null default false,
    sort_order   int          not null default 0,
    active       boolean      not null default true,
    version      bigint       not null default 0,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    constraint register_name_uk unique (agency_code, kind, name)
);
create index register_agency_idx on register (agency_code, kind);

-- One row per register and year. Taking a number locks the row until the registration commits or rolls back, so
-- numbers come out one after another with no gap and no duplicate, on one node or many.
create table register_counter (
    register_id uuid   not null references register (id),
    year        int    not null,
    last_number bigint not null,
    primary key (register_id, year)
);
