-- A year of incoming documents for the demo province: :docs documents (1,000,000 by default) spread over the
-- agencies' registers since 1 January, with the tasks and timeline steps the workflow would have left. Run on a
-- database where VanThu has loaded the demo province:
--
--   psql -v docs=1000000 -f bench/incoming-generate.sql
--
-- Most documents older than three weeks are completed; recent ones are still being handled, waiting for a leader or
-- just registered. Deadlines fall 5 to 15 days after arrival, so some open work is overdue, as in life. The yearly
-- counters are set to the numbers given, so registrations after this continue the series without a gap.
\set ON_ERROR_STOP on
\if :{?docs}
\else
\set docs 1000000
\endif
set synchronous_commit = off;
set work_mem = '256MB';
\timing on

create temp table bench_register as
select r.id as register_id, r.agency_code, (row_number() over (order by r.agency_code) - 1)::int as k
from register r
where r.kind = 'INCOMING' and not r.confidential and r.active;

create temp table bench_people as
select a.code as agency_code, u.id, u.full_name, ur.role,
       (row_number() over (partition by a.code, ur.role order by u.username) - 1)::int as k,
       (count(*) over (partition by a.code, ur.role))::int as n
from app_user u
join agency a on a.id = u.agency_id
join app_user_role ur on ur.user_id = u.id
where u.enabled;
create index on bench_people (agency_code, role, k);

create temp table bench_sender as
select (row_number() over (order by code) - 1)::int as k, code, name from agency;

create temp table bench_subject (k int, subject text, type text);
insert into bench_subject values
    (0, 'Về việc triển khai Kế hoạch chuyển đổi số năm 2026', 'CONG_VAN'),
    (1, 'Về việc báo cáo tình hình kinh tế - xã hội tháng', 'CONG_VAN'),
    (2, 'Giấy mời dự Hội nghị sơ kết công tác cải cách hành chính', 'GIAY_MOI'),
    (3, 'Quyết định về việc phê duyệt danh mục dự án đầu tư công', 'QUYET_DINH'),
    (4, 'Về việc tăng cường công tác phòng, chống thiên tai, tìm kiếm cứu nạn', 'CONG_VAN'),
    (5, 'Kế hoạch kiểm tra công tác văn thư, lưu trữ', 'KE_HOACH'),
    (6, 'Thông báo kết luận của Chủ tịch Ủy ban nhân dân tỉnh', 'THONG_BAO'),
    (7, 'Về việc đôn đốc thực hiện nhiệm vụ được giao', 'CONG_VAN'),
    (8, 'Báo cáo kết quả thực hiện nhiệm vụ quý', 'BAO_CAO'),
    (9, 'Tờ trình về việc đề nghị khen thưởng tập thể, cá nhân', 'TO_TRINH'),
    (10, 'Về việc góp ý dự thảo Nghị quyết của Hội đồng nhân dân tỉnh', 'CONG_VAN'),
    (11, 'Hướng dẫn thực hiện chế độ báo cáo thống kê', 'HUONG_DAN');

-- The documents, each in a register of an agency, numbered by arrival within the register.
create temp table bench_doc as
with drawn as (
    select g,
           floor(random() * (select count(*) from bench_register))::int as register_k,
           timestamptz '2026-01-01 07:30+07' + random() * (now() - timestamptz '2026-01-01 07:30+07') as arrived_at,
           random() as r1, random() as r2, random() as r3
    from generate_series(1, :docs) g
)
select gen_random_uuid() as id, d.g, b.register_id, b.agency_code, d.arrived_at, d.r1, d.r2, d.r3,
       row_number() over (partition by b.register_id order by d.arrived_at, d.g) as arrival_number,
       case
           when now() - d.arrived_at > interval '21 days' and d.r1 < 0.97 then 'COMPLETED'
           when now() - d.arrived_at <= interval '21 days' and d.r1 < 0.35 then 'COMPLETED'
           when d.r2 < 0.70 then 'IN_HANDLING'
           when d.r2 < 0.85 then 'SUBMITTED'
           else 'REGISTERED'
       end as state
from drawn d
join bench_register b on b.k = d.register_k;

-- Who did what: the agency's first clerk, a leader, a lead handler (specialist), sometimes a coordinating unit head
-- and someone informed.
create temp table bench_flow as
select d.*,
       c.id as clerk_id, c.full_name as clerk_name,
       l.id as leader_id, l.full_name as leader_name,
       h.id as lead_id, h.full_name as lead_name,
       case when d.r3 < 0.30 then u.id end as coordinator_id,
       case when d.r3 < 0.30 then u.full_name end as coordinator_name,
       case when d.r3 > 0.80 then i.id end as informed_id,
       case when d.r3 > 0.80 then i.full_name end as informed_name,
       (d.arrived_at at time zone 'Asia/Ho_Chi_Minh')::date + 5 + (d.g % 11) as handling_deadline,
       s.subject || ' (' || d.g || ')' as subject, s.type as document_type,
       case when d.g % 97 = 0 then 'FLASH' when d.g % 20 = 0 then 'URGENT' else 'NORMAL' end as urgency,
       case when d.g % 97 = 0 then 0 when d.g % 20 = 0 then 2 else 3 end as urgency_rank,
       snd.code as sender_code, snd.name as sender_name
from bench_doc d
join bench_people c on c.agency_code = d.agency_code and c.role = 'CLERK' and c.k = 0
join bench_people l on l.agency_code = d.agency_code and l.role = 'LEADER' and l.k = d.g % l.n
join bench_people h on h.agency_code = d.agency_code and h.role = 'SPECIALIST' and h.k = (d.g / 7) % h.n
left join bench_people u on u.agency_code = d.agency_code and u.role = 'UNIT_HEAD' and u.k = d.g % u.n
left join bench_people i on i.agency_code = d.agency_code and i.role = 'LEADER' and i.k = (d.g + 1) % i.n
join bench_subject s on s.k = d.g % 12
join bench_sender snd on snd.k = (d.g::bigint * 7919) % (select count(*) from bench_sender);

insert into incoming_document (id, agency_code, state, sender_code, sender_name, sender_key, code_number,
        code_notation, promulgation_date, document_type, subject, signer_name, signer_position, urgency,
        confidentiality, page_count, form, arrived_at, deadline, register_id, register_year, arrival_number,
        registered_at, assigned_at, lead_unit_id, lead_unit_name, lead_names, handling_deadline, instruction,
        completed_at, answered_by, search_key, version, created_at, updated_at)
select id, agency_code, state, sender_code, sender_name,
       translate(lower(sender_name), 'áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ',
                 'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy'),
       (g % 900 + 1)::text, 'UBND-VP', (arrived_at at time zone 'Asia/Ho_Chi_Minh')::date - 1, document_type,
       subject, 'Nguyễn Văn Bình', 'Phó Chủ tịch',
       urgency,
       'NONE', 1 + g % 6, 'BORN_DIGITAL', arrived_at, null, register_id, 2026, arrival_number,
       arrived_at + interval '5 minutes',
       case when state in ('IN_HANDLING', 'COMPLETED') then arrived_at + interval '3 hours' end,
       null, null,
       case when state in ('IN_HANDLING', 'COMPLETED') then lead_name end,
       case when state in ('IN_HANDLING', 'COMPLETED') then handling_deadline end,
       case when state in ('IN_HANDLING', 'COMPLETED') then 'Giao chuyên viên tham mưu xử lý.' end,
       case when state = 'COMPLETED' then arrived_at + interval '4 days' end, null,
       translate(lower(subject || ' ' || sender_name),
                 'áàảãạăắằẳẵặâấầẩẫậđéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ',
                 'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyy'),
       0, arrived_at, arrived_at
from bench_flow;

-- The clerks' work, the leader's review, the lead, the coordination and the copies for information.
insert into incoming_task (id, document_id, assignee_id, assignee_name, clerk_agency_code, role, tab, open,
        deadline, created_at, updated_at, urgency_rank, arrived_at)
select id, document_id, assignee_id, assignee_name, clerk_agency_code, role, tab, open, deadline, created_at,
       updated_at, urgency_rank, arrived_at
from (
select gen_random_uuid() as id, id as document_id, null::uuid as assignee_id, null as assignee_name,
       agency_code as clerk_agency_code, 'CLERK' as role,
       case when state = 'REGISTERED' then 'PENDING' else 'DONE' end as tab, state = 'REGISTERED' as open,
       null::date as deadline, arrived_at as created_at, arrived_at as updated_at, urgency_rank, arrived_at
from bench_flow
union all
select gen_random_uuid(), id, leader_id, leader_name, null, 'REVIEW',
       case when state = 'SUBMITTED' then 'PENDING' else 'DONE' end, state = 'SUBMITTED',
       (arrived_at at time zone 'Asia/Ho_Chi_Minh')::date + 2, arrived_at + interval '10 minutes',
       arrived_at + interval '3 hours', urgency_rank, arrived_at
from bench_flow where state <> 'REGISTERED'
union all
select gen_random_uuid(), id, lead_id, lead_name, null, 'LEAD',
       case when state = 'COMPLETED' then 'DONE' when r2 < 0.35 then 'IN_PROGRESS' else 'PENDING' end,
       state = 'IN_HANDLING', handling_deadline, arrived_at + interval '3 hours', arrived_at + interval '4 days',
       urgency_rank, arrived_at
from bench_flow where state in ('IN_HANDLING', 'COMPLETED')
union all
select gen_random_uuid(), id, coordinator_id, coordinator_name, null, 'COORDINATE',
       case when state = 'COMPLETED' then 'DONE' else 'PENDING' end, state = 'IN_HANDLING', handling_deadline,
       arrived_at + interval '3 hours', arrived_at + interval '4 days', urgency_rank, arrived_at
from bench_flow where state in ('IN_HANDLING', 'COMPLETED') and coordinator_id is not null
union all
select gen_random_uuid(), id, informed_id, informed_name, null, 'INFORM', 'FOR_INFORMATION', r1 < 0.5, null,
       arrived_at + interval '3 hours', arrived_at + interval '3 hours', urgency_rank, arrived_at
from bench_flow where state in ('IN_HANDLING', 'COMPLETED') and informed_id is not null) tasks;

insert into incoming_step (id, document_id, occurred_at, actor_id, actor_name, action, handlers, deadline, note)
select gen_random_uuid(), id, arrived_at, clerk_id, clerk_name, 'RECEIVED', null::text, null::date, null::text
from bench_flow
union all
select gen_random_uuid(), id, arrived_at + interval '5 minutes', clerk_id, clerk_name, 'REGISTERED', null, null,
       null from bench_flow
union all
select gen_random_uuid(), id, arrived_at + interval '10 minutes', clerk_id, clerk_name, 'SUBMITTED', leader_name,
       null, null from bench_flow where state <> 'REGISTERED'
union all
select gen_random_uuid(), id, arrived_at + interval '3 hours', leader_id, leader_name, 'ASSIGNED',
       'Xử lý chính: ' || lead_name, handling_deadline, 'Giao chuyên viên tham mưu xử lý.'
from bench_flow where state in ('IN_HANDLING', 'COMPLETED')
union all
select gen_random_uuid(), id, arrived_at + interval '4 days', lead_id, lead_name, 'COMPLETED', null, null, null
from bench_flow where state = 'COMPLETED';

-- The counters continue after the generated numbers.
insert into register_counter (register_id, year, last_number)
select register_id, 2026, max(arrival_number) from bench_doc group by register_id
on conflict (register_id, year) do update set last_number = excluded.last_number;

analyze incoming_document;
analyze incoming_task;
analyze incoming_step;
analyze register_counter;

select (select count(*) from incoming_document) as documents, (select count(*) from incoming_task) as tasks,
       (select count(*) from incoming_step) as steps;
