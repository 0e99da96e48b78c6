-- organisation: agencies (cơ quan) in a tree, their units (phòng, ban) and the people who work there.

create table agency (
    id            uuid         not null primary key,
    code          varchar(13)  not null,
    code_qd20     varchar(35),
    name          varchar(200) not null,
    search_key    varchar(200) not null,
    abbreviation  varchar(30)  not null,
    level         varchar(20)  not null,
    parent_id     uuid references agency (id),
    sort_order    int          not null default 0,
    address       varchar(500),
    email         varchar(100),
    telephone     varchar(20),
    fax           varchar(20),
    website       varchar(200),
    active        boolean      not null default true,
    version       bigint       not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint agency_code_uk unique (code),
    constraint agency_code_qd20_uk unique (code_qd20),
    constraint agency_not_own_parent check (parent_id is null or parent_id <> id)
);
create index agency_parent_idx on agency (parent_id, sort_order);
create index agency_level_idx on agency (level);

create table unit (
    id            uuid         not null primary key,
    agency_id     uuid         not null references agency (id),
    name          varchar(200) not null,
    abbreviation  varchar(30)  not null,
    sort_order    int          not null default 0,
    active        boolean      not null default true,
    version       bigint       not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint unit_abbreviation_uk unique (agency_id, abbreviation)
);

create table app_user (
    id                  uuid         not null primary key,
    username            varchar(50)  not null,
    full_name           varchar(100) not null,
    search_key          varchar(200) not null,
    email               varchar(100),
    telephone           varchar(20),
    agency_id           uuid         not null references agency (id),
    unit_id             uuid references unit (id),
    position_title      varchar(100) not null,
    password_hash       varchar(200) not null,
    enabled             boolean      not null default true,
    failed_sign_ins     int          not null default 0,
    locked_until        timestamp with time zone,
    last_sign_in_at     timestamp with time zone,
    password_changed_at timestamp with time zone,
    version             bigint       not null default 0,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint app_user_username_uk unique (username),
    -- sign-in lower-cases what is typed: a name outside this form could never sign in
    constraint app_user_username_form check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$')
);
create index app_user_agency_idx on app_user (agency_id, unit_id);

create table app_user_role (
    user_id uuid        not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);
