-- Teaching research (issue 14), growth: mentor pairs (师徒结对 / 青蓝工程) with their activities and end-of-term
-- evaluations, routine checks (教学常规检查, 六认真) per teacher, month and item, and a teacher's own portfolio entries
-- (论文, 获奖, 课题, 培训学时) for the growth portfolio (成长档案).
create table research_mentor_pair (
    id               bigint         not null primary key,
    school_id        bigint         not null references school (id),
    term_id          bigint         not null references term (id),
    mentor_id        bigint         not null references teacher (id),
    apprentice_id    bigint         not null references teacher (id),
    goals            varchar(2000),
    mentor_eval      varchar(2000),
    apprentice_eval  varchar(2000),
    version          integer        not null,
    constraint uq_research_mentor_pair unique (term_id, mentor_id, apprentice_id)
);

create table research_mentor_activity (
    id             bigint        not null primary key,
    pair_id        bigint        not null references research_mentor_pair (id),
    activity_date  date          not null,
    kind           varchar(20)   not null,
    note           varchar(500),
    recorded_by    varchar(64)   not null,
    recorded_at    ${ts}         not null
);
create index ix_research_mentor_activity_pair on research_mentor_activity (pair_id, activity_date);

create table research_check (
    id          bigint        not null primary key,
    school_id   bigint        not null references school (id),
    term_id     bigint        not null references term (id),
    teacher_id  bigint        not null references teacher (id),
    check_month varchar(7)    not null,
    item        varchar(16)   not null,
    rating      varchar(12)   not null,
    remark      varchar(500),
    checked_by  varchar(64)   not null,
    checked_at  ${ts}         not null,
    version     integer       not null,
    constraint uq_research_check unique (teacher_id, check_month, item)
);
create index ix_research_check_term on research_check (term_id, teacher_id);

create table research_portfolio_entry (
    id          bigint        not null primary key,
    school_id   bigint        not null references school (id),
    teacher_id  bigint        not null references teacher (id),
    term_id     bigint        not null references term (id),
    kind        varchar(12)   not null,
    entry_date  date          not null,
    title       varchar(200)  not null,
    detail      varchar(500),
    hours       integer,
    created_at  ${ts}         not null
);
create index ix_research_portfolio_teacher on research_portfolio_entry (teacher_id, term_id);
