-- Audited events wait here, in the order they came, until the chainer links them into audit_entry a batch at a
-- time. Appending each event under the head's lock on its own made that lock the queue every busy path stood in.
-- A row lives here for milliseconds; the chainer deletes it in the transaction that chains it.
create table audit_pending (
    id           bigint       generated always as identity primary key,
    occurred_at  timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    actor        varchar(100) not null,
    action       varchar(100) not null,
    subject_type varchar(50)  not null,
    subject_id   varchar(100) not null,
    agency_code  varchar(35),
    details      text         not null,
    event_id     uuid         not null,
    constraint audit_pending_event_uk unique (event_id)
);
