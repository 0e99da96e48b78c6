-- signature: the built-in certificate authority, the certificates officials and agencies sign with, the images
-- their signatures show, every signature made, and the last validation of every stored PDF.

-- The built-in authority's own keys (root, issuing CA, timestamp authority): made on the first start, the same for
-- every node. A private key is PKCS#8 sealed with the signature key (VANTHU_SIGNATURE_KEY), never in clear.
create table certificate_authority (
    role        varchar(20) not null primary key,
    certificate bytea       not null,
    sealed_key  bytea       not null,
    created_at  timestamp with time zone not null
);

-- A certificate an official (PERSON) or an agency's seal (AGENCY) signs with, and where its key is: a PKCS#12
-- protected by the holder's PIN and sealed again with the signature key (PKCS12), a token the deployment
-- configures (PKCS11), or a phone that never lets it out (PHONE).
create table signing_certificate (
    id                uuid         not null primary key,
    holder_kind       varchar(10)  not null,
    person_id         uuid,
    agency_code       varchar(13)  not null,
    subject           varchar(1000) not null,
    issuer            varchar(1000) not null,
    serial_number     varchar(80)  not null,
    not_before        timestamp with time zone not null,
    not_after         timestamp with time zone not null,
    certificate       bytea        not null,
    key_source        varchar(10)  not null,
    sealed_key_store  bytea,
    device_name       varchar(200),
    issued_here       boolean      not null,
    revoked_at        timestamp with time zone,
    revocation_reason varchar(500),
    version           bigint       not null default 0,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    constraint signing_certificate_serial_uk unique (issuer, serial_number),
    constraint signing_certificate_holder_ck check ((holder_kind = 'PERSON') = (person_id is not null))
);
create index signing_certificate_person_idx on signing_certificate (person_id) where person_id is not null;
create index signing_certificate_agency_idx on signing_certificate (agency_code, holder_kind);

-- The picture a signature shows: an official's handwritten signature (blue) or an agency's seal (red), PNG with a
-- transparent background; width_mm is the size it is printed at (the seal's real diameter).
create table signature_image (
    owner_kind varchar(10)  not null,
    owner_id   varchar(64)  not null,
    image      bytea        not null,
    width_mm   numeric(5, 1) not null,
    updated_at timestamp with time zone not null,
    primary key (owner_kind, owner_id)
);

-- Every signature VanThu made, for the signing-rate report.
create table signature_made (
    id              uuid        not null primary key,
    kind            varchar(10) not null,
    signer_id       uuid        not null,
    agency_code     varchar(13) not null,
    certificate_id  uuid        not null references signing_certificate (id),
    original_sha256 char(64)    not null,
    signed_sha256   char(64)    not null,
    document_ref    varchar(200),
    level           varchar(30) not null,
    signed_at       timestamp with time zone not null
);
create index signature_made_agency_idx on signature_made (agency_code, signed_at);
create index signature_made_signed_idx on signature_made (signed_sha256);

-- The last validation of a stored file's signatures: the report as JSON and its verdict for lists.
create table signature_validation (
    sha256       char(64)    not null primary key,
    verdict      varchar(20) not null,
    report       jsonb       not null,
    validated_at timestamp with time zone not null
);

-- A signing request waiting for an official's phone.
create table remote_signing_request (
    id              uuid         not null primary key,
    certificate_id  uuid         not null references signing_certificate (id),
    signer_id       uuid         not null,
    subject         varchar(500) not null,
    original_sha256 char(64)     not null,
    parameters      jsonb        not null,
    data_to_sign    bytea        not null,
    state           varchar(12)  not null,
    signed_sha256   char(64),
    expires_at      timestamp with time zone not null,
    created_at      timestamp with time zone not null,
    decided_at      timestamp with time zone
);
create index remote_signing_request_signer_idx on remote_signing_request (signer_id, state);
