-- Recall (thu hồi, edXML 13/15/16) and replacement of issued documents, on both sides of a delivery.
alter table outgoing_document
    add column recall_reason  varchar(2000),
    add column recalled_at    timestamp with time zone,
    add column replaces_id    uuid references outgoing_document (id),
    add column replaced_by_id uuid references outgoing_document (id);

alter table outgoing_recipient
    add column recall_status       varchar(20),
    add column recall_requested_at timestamp with time zone,
    add column recall_answered_at  timestamp with time zone,
    add column recall_note         varchar(2000);

alter table incoming_document
    add column recall_state        varchar(20),
    add column recall_reason       varchar(2000),
    add column recall_requested_at timestamp with time zone,
    add column replaced_by_id      uuid,
    add column replaces_id         uuid;
