-- District-scale teaching-research data for app/bench/research-bench.sh (PostgreSQL): :schools schools beside the demo
-- school, each with the demo term's dates, 6 classes, 60 teachers in one research group led by its teacher 1 (login
-- bench_lead_<n>, password as the demo's admin), a published plan with 150 activities, and 20 listen-class records per
-- teacher (1,200 per school); school 1 also gets attendance for every activity. Ids from 2·10^12 up, far above the
-- sequence, so nothing collides with rows the app creates.
\set ON_ERROR_STOP 1
create temporary table bench_term as
    select start_date, end_date from term where school_id = (select min(id) from school) order by start_date desc limit 1;

insert into school (id, name, created_at, version)
select 2000000000000 + s, '区属学校' || s, now(), 0 from generate_series(1, :schools) s;
insert into term (id, school_id, name, start_date, end_date, version)
select 2100000000000 + s, 2000000000000 + s, '本学期', t.start_date, t.end_date, 0
from generate_series(1, :schools) s cross join bench_term t;
insert into grade (id, school_id, name, sort_order, version)
select 2200000000000 + s, 2000000000000 + s, '七年级', 1, 0 from generate_series(1, :schools) s;
insert into subject (id, school_id, name, sort_order, active, version)
select 2300000000000 + s, 2000000000000 + s, '数学', 1, true, 0 from generate_series(1, :schools) s;
insert into school_class (id, school_id, grade_id, name, head_teacher_id, active, version)
select 2400000000000 + s * 10 + c, 2000000000000 + s, 2200000000000 + s, '七年级' || c || '班', null, true, 0
from generate_series(1, :schools) s, generate_series(1, 6) c;
insert into account (id, school_id, username, password_hash, role, display_name, enabled, must_change_password,
                     created_at, version)
select 2500000000000 + s, 2000000000000 + s, 'bench_lead_' || s,
       (select password_hash from account where username = 'admin'), 'TEACHER', '组长' || s, true, false, now(), 0
from generate_series(1, :schools) s;
insert into teacher (id, school_id, account_id, name, staff_no, phone, active, version, birth_year, start_year, title)
select 3000000000000 + s * 100 + t, 2000000000000 + s, case when t = 1 then 2500000000000 + s end,
       '教师' || s || '-' || t, null, null, true, 0, 1965 + (t * 7) % 36, 1988 + (t * 5) % 37,
       case when t % 3 = 0 then '二级教师' else '一级教师' end
from generate_series(1, :schools) s, generate_series(1, 60) t;
insert into research_group (id, school_id, kind, name, subject_id, grade_id, leader_id, listen_minimum, active, version)
select 4000000000000 + s, 2000000000000 + s, 'RESEARCH', '数学教研组', 2300000000000 + s, null,
       3000000000000 + s * 100 + 1, 20, true, 0
from generate_series(1, :schools) s;
insert into research_member (id, group_id, teacher_id)
select 5000000000000 + s * 100 + t, 4000000000000 + s, 3000000000000 + s * 100 + t
from generate_series(1, :schools) s, generate_series(1, 60) t;
insert into research_plan (id, school_id, group_id, term_id, guiding_idea, goals, theme, measures, published_at, version)
select 6000000000000 + s, 2000000000000 + s, 4000000000000 + s, 2100000000000 + s, '指导思想', '工作目标',
       '如何提高教师课堂提问的有效性', '主要措施', now(), 0
from generate_series(1, :schools) s;
insert into research_activity (id, school_id, group_id, term_id, activity_date, term_week, start_time, place, kind,
                               host_id, topic, minutes_text, version)
select 7000000000000 + s * 1000 + a, 2000000000000 + s, 4000000000000 + s, 2100000000000 + s, d,
       (d - (t.start_date - (extract(isodow from t.start_date)::int - 1))) / 7 + 1, time '14:30', '教研活动室',
       (array['COLLECTIVE_PREP','OPEN_LESSON','RESEARCH_LESSON','OBSERVE_EVALUATE','SAME_LESSON','THEORY','LECTURE',
              'SALON','QUALITY_ANALYSIS','POLISHING'])[1 + a % 10],
       3000000000000 + s * 100 + 1 + a % 60, '活动' || a, null, 0
from generate_series(1, :schools) s, generate_series(1, 150) a, bench_term t,
     lateral (select t.start_date + (a * 7) % greatest(1, (t.end_date - t.start_date)) as d) x;
insert into research_listen (id, school_id, term_id, observer_id, observed_id, class_id, subject_id, lesson_date,
                             period, topic, notes, strengths, suggestions, score, activity_id, created_at, version)
select 8000000000000 + s * 10000 + n, 2000000000000 + s, 2100000000000 + s,
       3000000000000 + s * 100 + 1 + n % 60, 3000000000000 + s * 100 + 1 + (n % 60 + 1 + n / 60) % 60,
       2400000000000 + s * 10 + 1 + (n / 60) % 6, 2300000000000 + s, t.start_date + (n / 60) * 5, 1 + (n / 60) % 8,
       '课题' || n, '听课笔记', '优点', '建议', 80 + n % 20, null, now(), 0
from generate_series(1, :schools) s, generate_series(0, 1199) n, bench_term t
where n % 60 <> 59 or n / 60 < 10;  -- teacher 60 of every school is behind: 10 lessons instead of 20
insert into research_attendance (id, activity_id, teacher_id, status, recorded_by, recorded_at)
select 9000000000000 + a * 100 + t, 7000000000000 + 1000 + a, 3000000000000 + 100 + t,
       (array['PRESENT','PRESENT','PRESENT','LATE','LEAVE','ABSENT'])[1 + (a + t) % 6], 'bench', now()
from generate_series(1, 150) a, generate_series(1, 60) t;
analyze;
select (select count(*) from research_listen) as listen_records, (select count(*) from research_activity) as activities,
       (select count(*) from teacher) as teachers;
