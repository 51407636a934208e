-- Seeds the mutual-help benchmark (issue 16, docs/mutual-help.md "Benchmark") into the demo school:
--   :classes classes (default 2,000) of :size students (default 45), each student with an account (password demo1234,
--   hashed at BCrypt cost 4 so signing the load's students in is quick), 9 groups of 5 in an active grouping plan, and
--   a head teacher with an account (bench_t_<class>);
--   a term of Q&A board posts: :questions questions per class (default 250: half on the first subject's board, the rest
--   over the other subjects, spread over the last 120 days, 1 in 200 pinned, 1 in 100 hidden) with 0–4 answers each
--   (2 on average, counters and the accepted answer kept as the app keeps them) — 500,000 questions and 1,000,000
--   answers at the defaults;
--   the question pipeline: :lessons lesson entries per class (default 8, first subject) of :asked questions each
--   (default 25, from every group; the third round merged by the groups' 学科组长 into their first, some items merged
--   by the 课代表 across groups, one item solved by its group, knowledge points, outcomes on the older lessons) and
--   every group's submitted list.
-- Ids start at 6,000,000,000, far above anything hezuo_seq hands out during a run.
\set ON_ERROR_STOP on
create extension if not exists pgcrypto;
create temporary table bench_ctx as
select s.id as school_id, (select min(g.id) from grade g where g.school_id = s.id) as grade_id,
       crypt('demo1234', gen_salt('bf', 4)) as hash,
       (select count(*) from subject j where j.school_id = s.id and j.active) as subjects
from school s order by s.id limit 1;
create temporary table bench_subject as
select row_number() over (order by j.sort_order, j.id) - 1 as k, j.id
from subject j join bench_ctx x on j.school_id = x.school_id where j.active;
create temporary table bench_plan_template as
select settings, outcome from group_plan where active = true order by id limit 1;
create unique index on bench_subject (k);
analyze bench_subject;

-- ---- People: teachers, classes, students, groups ----
insert into account (id, school_id, username, password_hash, role, display_name, enabled, must_change_password,
                     created_at, version)
select 6020000000 + c, x.school_id, 'bench_t_' || c, x.hash, 'TEACHER', '教师' || c, true, false, now(), 0
from generate_series(1, :classes) c cross join bench_ctx x;
insert into teacher (id, school_id, account_id, name, staff_no, phone, active, version)
select 6010000000 + c, x.school_id, 6020000000 + c, '教师' || c, 'BT' || c, null, true, 0
from generate_series(1, :classes) c cross join bench_ctx x;
insert into school_class (id, school_id, grade_id, name, head_teacher_id, active, version)
select 6000000000 + c, x.school_id, x.grade_id, '互助' || lpad(c::text, 4, '0') || '班', 6010000000 + c, true, 0
from generate_series(1, :classes) c cross join bench_ctx x;

-- Student g (1-based) is in class 1 + (g - 1) / :size, at place p = (g - 1) % :size, in group 1 + p / 5.
insert into account (id, school_id, username, password_hash, role, display_name, enabled, must_change_password,
                     created_at, version)
select 6100000000 + g, x.school_id, 'bench_m_' || g, x.hash, 'STUDENT', '学生' || g, true, false, now(), 0
from generate_series(1, :classes * :size) g cross join bench_ctx x;
insert into student (id, school_id, class_id, student_no, name, gender, personality, notes, active, account_id, version)
select 6200000000 + g, x.school_id, 6000000000 + 1 + (g - 1) / :size, 'M' || lpad(g::text, 7, '0'), '学生' || g,
       case when g % 2 = 0 then 'M' else 'F' end, null, null, true, 6100000000 + g, 0
from generate_series(1, :classes * :size) g cross join bench_ctx x;

insert into group_plan (id, school_id, class_id, name, status, active, settings, outcome, created_by, created_at,
                        saved_at, version, numbering_seed, activated_at)
select 6300000000 + c, x.school_id, 6000000000 + c, '基准分组', 'SAVED', true, t.settings, t.outcome, 'bench',
       now() - interval '130 days', now() - interval '130 days', 0, c, now() - interval '130 days'
from generate_series(1, :classes) c cross join bench_ctx x cross join bench_plan_template t;
insert into study_group (id, plan_id, number, name, motto, version)
select 6310000000 + c * 100 + n, 6300000000 + c, n, null, null, 0
from generate_series(1, :classes) c cross join generate_series(1, (:size + 4) / 5) n;
insert into group_member (id, plan_id, group_id, student_id, member_no, locked)
select 6320000000 + g, 6300000000 + 1 + (g - 1) / :size, 6310000000 + (1 + (g - 1) / :size) * 100 + 1 + ((g - 1) % :size) / 5,
       6200000000 + g, 1 + (g - 1) % 5, false
from generate_series(1, :classes * :size) g;

-- ---- The Q&A board: a term of questions and answers ----
-- Question q (1-based) is in class 1 + (q - 1) % :classes, the i-th of its class (i = (q - 1) / :classes), asked by
-- the class's student at place (i * 7) % :size, on the first subject when i is even, else on subject 1 + i % (n - 1).
-- It has (q % 5) answers, the first 10 minutes after it was asked, and the last accepted when q % 3 = 0.
insert into mh_board_question (id, school_id, class_id, subject_id, student_id, group_id, group_no, anonymous,
                               request_id, body, knowledge_point, photo_id, homework_id, held_until, hidden, pinned,
                               me_too, answers, first_answer_at, accepted_answer_id, created_at, version)
select 7000000000 + q, x.school_id, 6000000000 + v.c, s.id, 6200000000 + (v.c - 1) * :size + 1 + v.p,
       6310000000 + v.c * 100 + 1 + v.p / 5, 1 + v.p / 5, false, md5('bq' || q),
       '第 ' || v.i || ' 个问题：这一步为什么要移项？' || repeat('请大家帮忙看看。', 1 + q % 4), null, null, null, null,
       q % 100 = 0, q % 200 = 7, q % 4, q % 5, case when q % 5 > 0 then v.at + interval '10 minutes' end,
       case when q % 5 > 0 and q % 3 = 0 then 7500000000 + q * 4 + q % 5 - 1 end, v.at, 0
from generate_series(1, :classes * :questions) q
cross join bench_ctx x
cross join lateral (select 1 + (q - 1) % :classes as c, (q - 1) / :classes as i,
                           (((q - 1) / :classes) * 7) % :size as p,
                           now() - make_interval(secs => (:classes * :questions - q) * (120 * 86400.0 / (:classes * :questions)))
                           as at) v
join bench_subject s on s.k = case when v.i % 2 = 0 or x.subjects < 2 then 0 else 1 + v.i % (x.subjects - 1) end;

insert into mh_board_answer (id, school_id, question_id, student_id, author, in_class_name, request_id, body, hidden,
                             accepted, accepted_by, points_action, created_at, version)
select 7500000000 + (q.id - 7000000000) * 4 + k - 1, q.school_id, q.id, 6200000000 + (a.g), 'bench_m_' || a.g, false,
       md5('ba' || q.id || '-' || k), '可以这样想：先把含 x 的项移到左边，再合并同类项。第 ' || k || ' 种思路。', false,
       coalesce(q.accepted_answer_id = 7500000000 + (q.id - 7000000000) * 4 + k - 1, false),
       case when q.accepted_answer_id = 7500000000 + (q.id - 7000000000) * 4 + k - 1
            then 'bench_m_' || (q.student_id - 6200000000) end,
       null, q.first_answer_at + make_interval(mins => 20 * (k - 1)), 0
from mh_board_question q
cross join generate_series(1, 4) k
cross join lateral (select (q.class_id - 6000000001) * :size + 1 + ((q.student_id - 6200000001) % :size + 5 * k) % :size as g) a
where q.id between 7000000001 and 7000000000 + :classes * :questions and k <= q.answers;

-- ---- The question pipeline: lessons, questions, group lists ----
-- Lesson l (0-based) of class c is on the first subject, l * 14 days apart ending 7 days from now (the last open).
insert into mh_lesson (id, school_id, class_id, subject_id, title, ask_due, group_due, class_due, lesson_at, created_by,
                       created_at, class_submitted_by, class_submitted_at, version)
select 8000000000 + c * 100 + l, x.school_id, 6000000000 + c, s.id, '第 ' || (l + 1) || ' 课 学案',
       d.at - interval '12 hours', d.at - interval '10 hours', d.at - interval '1 hour', d.at, 'bench_t_' || c,
       d.at - interval '2 days', case when l < :lessons - 1 then 6200000000 + (c - 1) * :size + 3 end,
       case when l < :lessons - 1 then d.at - interval '2 hours' end, 0
from generate_series(1, :classes) c cross join generate_series(0, :lessons - 1) l
cross join lateral (select date_trunc('hour', now()) + make_interval(days => 7 - (:lessons - 1 - l) * 14) as at) d
cross join bench_ctx x join bench_subject s on s.k = 0;

-- Question j (0-based) of a lesson is asked by member (j / 9) % 5 of group 1 + j % 9. Round three (j >= 18) is merged
-- by its group into round one (j - 18); round two's even items (10..16) are merged by the 课代表 into j - 10 (another
-- group); group 9's first item is solved by the group; topics of past lessons carry outcomes.
insert into mh_question (id, school_id, lesson_id, student_id, group_id, group_no, request_id, body, knowledge_point,
                         photo_id, source, group_merged_into, class_merged_into, self_solved, solved_how, outcome,
                         outcome_by, outcome_at, created_at, version)
select 8500000000 + (l.id - 8000000000) * 100 + j, l.school_id, l.id,
       6200000000 + (c.c - 1) * :size + 1 + v.p, 6310000000 + c.c * 100 + 1 + v.p / 5, 1 + v.p / 5,
       md5('mq' || l.id || '-' || j), '第 ' || (j + 1) || ' 题：为什么方程两边要同时乘以同一个数？', v.point, null, 'ASKED',
       case when j >= 18 then 8500000000 + (l.id - 8000000000) * 100 + j - 18 end,
       case when j between 10 and 16 and j % 2 = 0 then 8500000000 + (l.id - 8000000000) * 100 + j - 10 end,
       j = 8, case when j = 8 then '组内讨论已解决' end,
       case when l.class_submitted_at is not null and j < 8 then case j % 3 when 0 then 'IN_CLASS' when 1 then 'TUTORING'
            else 'RESOLVED' end end,
       case when l.class_submitted_at is not null and j < 8 then l.created_by end,
       case when l.class_submitted_at is not null and j < 8 then l.lesson_at - interval '30 minutes' end,
       l.ask_due - make_interval(mins => 5 * (:asked - j)), 0
from mh_lesson l
cross join lateral (select l.class_id - 6000000000 as c) c
cross join generate_series(0, :asked - 1) j
cross join lateral (select ((j % 9) * 5 + (j / 9) % 5) % :size as p,
                           case j % 4 when 0 then '一元一次方程' when 1 then '移项' when 2 then '合并同类项' end as point) v
where l.id between 8000000100 and 8000000000 + :classes * 100 + 99;

insert into mh_group_submission (id, school_id, lesson_id, group_id, submitted_by, submitted_at, version)
select 8400000000 + (l.id - 8000000000) * 10 + n, l.school_id, l.id, 6310000000 + (l.class_id - 6000000000) * 100 + n,
       6200000000 + (l.class_id - 6000000001) * :size + (n - 1) * 5 + 1, l.group_due - interval '1 hour', 0
from mh_lesson l cross join generate_series(1, (:size + 4) / 5) n
where l.id between 8000000100 and 8000000000 + :classes * 100 + 99 and (n - 1) * 5 < :size;

analyze account;
analyze teacher;
analyze school_class;
analyze student;
analyze group_plan;
analyze study_group;
analyze group_member;
analyze mh_board_question;
analyze mh_board_answer;
analyze mh_lesson;
analyze mh_question;
analyze mh_group_submission;
select (select count(*) from mh_board_question where id > 7000000000) as board_questions,
       (select count(*) from mh_board_answer where id > 7500000000) as board_answers,
       (select count(*) from mh_lesson where id > 8000000000) as lessons,
       (select count(*) from mh_question where id > 8500000000) as pipeline_questions;
