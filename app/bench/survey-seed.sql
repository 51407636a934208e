-- Seeds the survey benchmark (issue 17, docs/surveys.md "Benchmark") into the demo school: :students students
-- (default 3,000) in classes of 50 with accounts (password demo1234, hashed at BCrypt cost 4 so that signing in
-- 3,000 students before the run is quick — the measured request is the submission, not the login), and a named
-- school-wide survey of :questions Likert questions (default 30) given to every class, open today, with every bench
-- student's complete draft: what a student has after answering the last screen; and a warm-up survey of the same
-- shape (5300000001, not measured). Ids start far above anything
-- hezuo_seq hands out during a run.
\set ON_ERROR_STOP on
create extension if not exists pgcrypto;
create temporary table bench_ctx as
select s.id as school_id, (select min(g.id) from grade g where g.school_id = s.id) as grade_id,
       crypt('demo1234', gen_salt('bf', 4)) as hash
from school s order by s.id limit 1;

insert into school_class (id, school_id, grade_id, name, head_teacher_id, active, version)
select 5000000000 + c, x.school_id, x.grade_id, '基准' || lpad(c::text, 2, '0') || '班', null, true, 0
from generate_series(0, (:students - 1) / 50) c cross join bench_ctx x;

insert into account (id, school_id, username, password_hash, role, display_name, enabled, must_change_password,
                     created_at, version)
select 5100000000 + g, x.school_id, 'bench_s_' || g, x.hash, 'STUDENT', '学生' || g, true, false, now(), 0
from generate_series(1, :students) g cross join bench_ctx x;

insert into student (id, school_id, class_id, student_no, name, gender, personality, notes, active, account_id, version)
select 5200000000 + g, x.school_id, 5000000000 + (g - 1) / 50, 'B' || lpad(g::text, 6, '0'), '学生' || g,
       case when g % 2 = 0 then 'M' else 'F' end, null, null, true, 5100000000 + g, 0
from generate_series(1, :students) g cross join bench_ctx x;

insert into survey (id, school_id, title, anonymous, phase, pre_id, opens_on, closes_on, created_by, created_at, version)
select 5300000000, x.school_id, '全校问卷（基准）', false, 'ONCE', null, current_date - 1, current_date + 7, 'admin',
       now(), 0
from bench_ctx x;

insert into survey_class (survey_id, class_id)
select 5300000000, c.id from school_class c join bench_ctx x on c.school_id = x.school_id order by c.id;

insert into survey_question (id, survey_id, sort_order, section, kind, prompt, choices, bank_code)
select 5300000000 + q, 5300000000, q - 1, '基准', 'LIKERT', '基准题 ' || q,
       '非常同意' || chr(10) || '同意' || chr(10) || '说不清' || chr(10) || '不同意' || chr(10) || '非常不同意', null
from generate_series(1, :questions) q;

insert into survey_draft (survey_id, student_id, answers, updated_at)
select 5300000000, 5200000000 + g,
       '{"c":{' || (select string_agg('"' || (5300000000 + q) || '":[' || ((g * 7 + q * 3) % 5) || ']', ','
                                      order by q)
                    from generate_series(1, :questions) q) || '},"t":{}}', now()
from generate_series(1, :students) g;

-- The warm-up survey: the same shape, given to the same classes, every bench student holding a complete draft. The
-- driver submits it for every student before the measured run (a fresh JVM runs the submit path interpreted until
-- the JIT has compiled it), so the measured survey's responses and report are untouched by the warm-up.
insert into survey (id, school_id, title, anonymous, phase, pre_id, opens_on, closes_on, created_by, created_at, version)
select 5300000001, x.school_id, '预热问卷（基准，不计）', false, 'ONCE', null, current_date - 1, current_date + 7,
       'admin', now(), 0
from bench_ctx x;

insert into survey_class (survey_id, class_id)
select 5300000001, c.id from school_class c join bench_ctx x on c.school_id = x.school_id order by c.id;

insert into survey_question (id, survey_id, sort_order, section, kind, prompt, choices, bank_code)
select 5310000000 + q, 5300000001, q - 1, '预热', 'LIKERT', '预热题 ' || q,
       '非常同意' || chr(10) || '同意' || chr(10) || '说不清' || chr(10) || '不同意' || chr(10) || '非常不同意', null
from generate_series(1, :questions) q;

insert into survey_draft (survey_id, student_id, answers, updated_at)
select 5300000001, 5200000000 + g,
       '{"c":{' || (select string_agg('"' || (5310000000 + q) || '":[' || ((g * 3 + q * 7) % 5) || ']', ','
                                      order by q)
                    from generate_series(1, :questions) q) || '},"t":{}}', now()
from generate_series(1, :students) g;

analyze school_class;
analyze account;
analyze student;
analyze survey_question;
analyze survey_draft;
