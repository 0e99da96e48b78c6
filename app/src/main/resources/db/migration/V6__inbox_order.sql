-- An inbox page is read in order straight from an index: deadline first, then the most urgent, then the latest
-- arrival. The document's urgency and arrival time are kept on each task so that the index holds the whole order
-- and a page of 25 reads 25 rows, however many a person has.
alter table incoming_task add column urgency_rank smallint, add column arrived_at timestamp with time zone;
update incoming_task t
   set urgency_rank = case d.urgency when 'FLASH' then 0 when 'VERY_URGENT' then 1 when 'URGENT' then 2 else 3 end,
       arrived_at = d.arrived_at
  from incoming_document d
 where d.id = t.document_id;
alter table incoming_task alter column urgency_rank set not null, alter column arrived_at set not null;

drop index incoming_task_person_idx;
drop index incoming_task_clerks_idx;
create index incoming_task_person_idx on incoming_task (assignee_id, tab, deadline, urgency_rank, arrived_at desc)
    where assignee_id is not null;
create index incoming_task_clerks_idx on incoming_task (clerk_agency_code, tab, deadline, urgency_rank, arrived_at desc)
    where clerk_agency_code is not null;
