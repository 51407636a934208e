-- Seeds :points point records (default 2,000,000) into the demo school for the evaluation benchmark,
-- spread over every class's active-plan members (one award per row: a third to a group, the rest to
-- one member counted toward their group too), then rebuilds the running totals from the rows, as the
-- app would have kept them. Ids start far above anything hezuo_seq hands out during a run.
\set ON_ERROR_STOP on
create temporary table bench_member as
select row_number() over (order by gm.id) as rn, gm.student_id, gm.group_id, p.class_id, p.school_id
from group_member gm join group_plan p on p.id = gm.plan_id and p.active = true
order by gm.id;

create temporary table bench_item as
select distinct on (class_id) class_id, id as item_id from eval_item where retired = false order by class_id, sort_order, id;
-- Temporary tables have no statistics: without them the planner joins 2 million generated rows by nested loop.
create unique index on bench_member (rn);
analyze bench_member;
analyze bench_item;

insert into eval_action (id, school_id, class_id, request_id, term_id, term_week, item_id, points, target,
                         target_count, recorded_by, recorder_student_id, recorded_at)
select 4000000000 + g, m.school_id, m.class_id, md5('bench' || g)::uuid::text, t.id, 1 + (g % 18), i.item_id,
       1 + (g % 3), case when g % 3 = 0 then 'GROUP' else 'STUDENTS' end, 1, 'bench', null,
       now() - make_interval(secs => g % 10000000)
from generate_series(1, :points) g
join bench_member m on m.rn = 1 + (g % (select count(*) from bench_member))
join bench_item i on i.class_id = m.class_id
cross join (select id from term where start_date <= current_date order by start_date desc limit 1) t;

insert into eval_point (id, action_id, class_id, term_id, student_id, group_id, points, undone)
select 4000000000 + g, 4000000000 + g, m.class_id, a.term_id,
       case when g % 3 = 0 then null else m.student_id end, m.group_id, a.points, false
from generate_series(1, :points) g
join bench_member m on m.rn = 1 + (g % (select count(*) from bench_member))
join eval_action a on a.id = 4000000000 + g;

delete from eval_group_total;
delete from eval_student_total;
insert into eval_group_total (term_id, group_id, school_id, points)
select p.term_id, p.group_id, min(c.school_id), sum(p.points)
from eval_point p join school_class c on c.id = p.class_id
where p.group_id is not null and p.undone = false group by p.term_id, p.group_id order by p.term_id, p.group_id;
insert into eval_student_total (term_id, student_id, school_id, points)
select p.term_id, p.student_id, min(c.school_id), sum(p.points)
from eval_point p join school_class c on c.id = p.class_id
where p.student_id is not null and p.undone = false group by p.term_id, p.student_id order by p.term_id, p.student_id;
analyze eval_action;
analyze eval_point;
analyze eval_group_total;
analyze eval_student_total;
select count(*) as point_records from eval_point;
