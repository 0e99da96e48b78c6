-- audit: an append-only trail whose rows are hash-chained. Each row stores the hash of the row before it, keyed
-- with a secret held outside the database, so an edited, deleted or inserted row breaks the chain from that point on
-- and cannot be re-hashed by someone who can only write to the database.

create table audit_entry (
    seq           bigint       not null primary key,
    occurred_at   timestamp with time zone not null,
    recorded_at   timestamp with time zone not null,
    actor         varchar(100) not null,
    action        varchar(100) not null,
    subject_type  varchar(50)  not null,
    subject_id    varchar(100) not null,
    agency_code   varchar(35),
    details       text         not null,
    -- the same event handed over twice (the event registry delivers at least once) is kept once
    event_id      uuid         not null,
    previous_hash char(64)     not null,
    hash          char(64)     not null,
    constraint audit_entry_event_uk unique (event_id)
);
-- listings read the newest rows first, filtered by agency, actor or subject
create index audit_entry_agency_idx on audit_entry (agency_code, seq);
create index audit_entry_actor_idx on audit_entry (actor, seq);
create index audit_entry_subject_idx on audit_entry (subject_id, seq);

-- The chain head is the lock every append takes, so that appends from several nodes line up one after another.
create table audit_chain_head (
    id        smallint not null primary key check (id = 1),
    last_seq  bigint   not null,
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

-- Nobody, VanThu included, edits, deletes or truncates a row once written, nor moves the head backwards. Tampering
-- needs the table owner to drop these triggers first, and the chain check still finds it.
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;
create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_refuse_change();

create function audit_head_forward_only() returns trigger language plpgsql as $$
begin
    if new.last_seq <= old.last_seq then
        raise exception 'the audit chain head only moves forward';
    end if;
    return new;
end;
$$;
create trigger audit_chain_head_forward_only
    before update on audit_chain_head
    for each row execute function audit_head_forward_only();
create trigger audit_chain_head_no_delete
    before delete on audit_chain_head
    for each row execute function audit_refuse_change();
create trigger audit_chain_head_no_truncate
    before truncate on audit_chain_head
    for each statement execute function audit_refuse_change();
