-- Group life (issue 4, the rest): goals of a group and of its members, the class's role scheme and hand
-- overrides kept with their week, leader nominations, and the seating chart of the active plan.

-- Group goals live on the group: 期中 / 期末 (short term) and 学年 (long term), each with a status.
alter table study_group add column goal_midterm varchar(200);
alter table study_group add column goal_midterm_status varchar(12);
alter table study_group add column goal_final varchar(200);
alter table study_group add column goal_final_status varchar(12);
alter table study_group add column goal_year varchar(200);
alter table study_group add column goal_year_status varchar(12);

-- A member's personal goals inside their group (one row per plan and student, made on first edit).
create table member_goal (
    id          bigint        not null primary key,
    plan_id     bigint        not null references group_plan (id),
    student_id  bigint        not null references student (id),
    short_term  varchar(200),
    long_term   varchar(200),
    version     integer       not null,
    constraint uq_member_goal unique (plan_id, student_id)
);

-- The class's role scheme: ROTATING (functional roles that rotate every period_weeks term weeks) or
-- LEADERSHIP (行政组长, 学科组长 per subject, 协调记录组长). roles = the rotating roles, '|' separated.
create table role_scheme (
    id                bigint        not null primary key,
    school_id         bigint        not null references school (id),
    class_id          bigint        not null references school_class (id),
    kind              varchar(12)   not null,
    roles             varchar(300)  not null,
    period_weeks      integer       not null,
    nominations_open  boolean       not null,
    version           integer       not null,
    constraint uq_role_scheme_class unique (class_id)
);

-- A role given by hand to one member for one term week of one plan; it replaces the scheme's role then.
create table role_override (
    id          bigint        not null primary key,
    school_id   bigint        not null references school (id),
    plan_id     bigint        not null references group_plan (id),
    student_id  bigint        not null references student (id),
    week        integer       not null,
    role        varchar(30)   not null,
    created_by  varchar(64)   not null,
    created_at  ${ts}         not null,
    constraint uq_role_override unique (plan_id, student_id, week)
);

-- 毛遂自荐 or a group-mate's nomination for 组长 / 学科组长 (subject_id set) in the active plan.
create table leader_nomination (
    id            bigint        not null primary key,
    school_id     bigint        not null references school (id),
    plan_id       bigint        not null references group_plan (id),
    group_id      bigint        not null references study_group (id),
    nominee_id    bigint        not null references student (id),
    nominator_id  bigint        not null references student (id),
    subject_id    bigint        references subject (id),
    confirmed     boolean       not null,
    created_at    ${ts}         not null,
    version       integer       not null
);
create index ix_leader_nomination_plan on leader_nomination (plan_id, group_id);

-- The seating chart of a plan: desks rows × columns, aisles after the listed columns, and where each
-- student sits as 'studentId:row:col' entries separated by ';'.
create table seating_chart (
    id          bigint         not null primary key,
    school_id   bigint         not null references school (id),
    plan_id     bigint         not null references group_plan (id),
    desk_rows   integer        not null,
    desk_cols   integer        not null,
    aisles      varchar(60)    not null,
    seats       varchar(4000)  not null,
    version     integer        not null,
    constraint uq_seating_chart_plan unique (plan_id)
);
