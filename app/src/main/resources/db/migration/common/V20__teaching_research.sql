-- Teaching research (教研, issue 14), part one: the teacher attributes the research pages need, research groups
-- (教研组 per subject, 备课组 per subject and grade) with leader and members, the semester plan with its calendar of
-- activities, attendance, minutes, attachments, reflections, and listen-class records (听课记录).

-- 出生年份, 参加工作年份 and 职称 decide who is a 青年教师 for the open-lesson schedule.
alter table teacher add column birth_year integer;
alter table teacher add column start_year integer;
alter table teacher add column title varchar(30);

-- A research group. kind RESEARCH = 教研组 (grade_id null), PREPARATION = 备课组 (grade_id set).
-- listen_minimum: the 听课 count a member must reach per term (null: the school's default).
create table research_group (
    id                bigint       not null primary key,
    school_id         bigint       not null references school (id),
    kind              varchar(12)  not null,
    name              varchar(60)  not null,
    subject_id        bigint       not null references subject (id),
    grade_id          bigint       references grade (id),
    leader_id         bigint       references teacher (id),
    listen_minimum    integer,
    active            boolean      not null,
    version           integer      not null,
    constraint uq_research_group_name unique (school_id, name)
);

create table research_member (
    id          bigint  not null primary key,
    group_id    bigint  not null references research_group (id),
    teacher_id  bigint  not null references teacher (id),
    constraint uq_research_member unique (group_id, teacher_id)
);
create index ix_research_member_teacher on research_member (teacher_id);

-- The school's default required 听课 count per term.
create table research_setting (
    school_id       bigint   not null primary key references school (id),
    listen_minimum  integer  not null,
    version         integer  not null
);

-- 教研组工作计划: one per group and term; members see it once published.
create table research_plan (
    id            bigint         not null primary key,
    school_id     bigint         not null references school (id),
    group_id      bigint         not null references research_group (id),
    term_id       bigint         not null references term (id),
    guiding_idea  varchar(4000),
    goals         varchar(4000),
    theme         varchar(200),
    measures      varchar(4000),
    published_at  ${ts},
    version       integer        not null,
    constraint uq_research_plan unique (group_id, term_id)
);

-- An activity of the calendar (教研活动安排): date, time, place, type, host or 执教人, topic; minutes after it.
create table research_activity (
    id              bigint         not null primary key,
    school_id       bigint         not null references school (id),
    group_id        bigint         not null references research_group (id),
    term_id         bigint         not null references term (id),
    activity_date   date           not null,
    term_week       integer        not null,
    start_time      time,
    place           varchar(60),
    kind            varchar(20)    not null,
    host_id         bigint         references teacher (id),
    topic           varchar(200)   not null,
    minutes_text    varchar(4000),
    version         integer        not null
);
create index ix_research_activity_group on research_activity (group_id, term_id, activity_date);

create table research_attendance (
    id           bigint       not null primary key,
    activity_id  bigint       not null references research_activity (id),
    teacher_id   bigint       not null references teacher (id),
    status       varchar(10)  not null,
    recorded_by  varchar(64)  not null,
    recorded_at  ${ts}        not null,
    constraint uq_research_attendance unique (activity_id, teacher_id)
);

-- 教案, 课件, 照片, 主备稿: kept in the database, always served as a download.
create table research_attachment (
    id            bigint        not null primary key,
    school_id     bigint        not null references school (id),
    activity_id   bigint        not null references research_activity (id),
    kind          varchar(12)   not null,
    filename      varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    content       ${blob}       not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   ${ts}         not null
);
create index ix_research_attachment_activity on research_attachment (activity_id);

-- A member's reflection (反思) on an activity, or their 二次备课 notes after a 集体备课; one per member.
create table research_reflection (
    id           bigint         not null primary key,
    activity_id  bigint         not null references research_activity (id),
    teacher_id   bigint         not null references teacher (id),
    body         varchar(2000)  not null,
    written_at   ${ts}          not null,
    version      integer        not null,
    constraint uq_research_reflection unique (activity_id, teacher_id)
);

-- 听课记录: one lesson a teacher observed. The same observer cannot record the same class, date and period twice.
create table research_listen (
    id              bigint         not null primary key,
    school_id       bigint         not null references school (id),
    term_id         bigint         not null references term (id),
    observer_id     bigint         not null references teacher (id),
    observed_id     bigint         references teacher (id),
    class_id        bigint         not null references school_class (id),
    subject_id      bigint         not null references subject (id),
    lesson_date     date           not null,
    period          integer        not null,
    topic           varchar(200)   not null,
    notes           varchar(4000),
    strengths       varchar(2000),
    suggestions     varchar(2000),
    score           integer,
    activity_id     bigint         references research_activity (id),
    created_at      ${ts}          not null,
    version         integer        not null,
    constraint uq_research_listen unique (observer_id, class_id, lesson_date, period)
);
create index ix_research_listen_term on research_listen (school_id, term_id, observer_id);
