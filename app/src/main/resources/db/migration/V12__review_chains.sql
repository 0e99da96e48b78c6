-- The review chains an agency sets for its drafts, per document type ('*' for every type it sets none for). A step
-- is 'unit-head' (the head of the drafter's unit) or a person's id; the competent signer always ends the chain.
create table review_chain (
    agency_code   varchar(13)  not null,
    document_type varchar(30)  not null,
    steps         varchar(2000) not null,
    updated_by    varchar(100) not null,
    updated_at    timestamp with time zone not null,
    primary key (agency_code, document_type)
);
