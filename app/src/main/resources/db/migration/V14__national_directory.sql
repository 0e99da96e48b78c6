-- The national agency directory (danh bạ liên thông): every agency of the country as the national document exchange
-- hub lists it, most of them served by other systems, so that clerks can address documents to them. It is a copy of
-- someone else's list, loaded whole from a file, and stands apart from the deployment's own agencies.
create table exchange_directory_entry (
    -- QCVN 102 identity code (edXML OrganId), the key the exchange routes by
    code102        varchar(13)  not null primary key,
    -- Decision 20/2020 code, and the code the agency had before it, when the hub knows them
    code_qd20      varchar(35),
    old_code       varchar(35),
    name           varchar(300) not null,
    -- not a foreign key: a file may list an agency before its parent, or without it
    parent_code102 varchar(13),
    email          varchar(200),
    -- name and codes folded (core.SearchKey): "uy ban nhan dan" finds "Ủy ban nhân dân"
    search_key     text         not null,
    -- when the import that last created or changed the entry ran
    imported_at    timestamp with time zone not null
);
-- the listing is in name order: an empty search (the first page) reads the index instead of sorting every entry
create index exchange_directory_entry_name_idx on exchange_directory_entry (name, code102);
create index exchange_directory_entry_parent_idx on exchange_directory_entry (parent_code102);
