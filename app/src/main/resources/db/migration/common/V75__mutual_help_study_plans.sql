-- Mutual help, part 7: group study plans (学习计划) with weekly check-ins. One plan per group (of the plan that was
-- active when it was written); members check in on it week by week (达成 / 部分达成 / 未达成 + a note).

create table mh_study_plan (
    id            bigint         not null primary key,
    school_id     bigint         not null references school (id),
    class_id      bigint         not null references school_class (id),
    group_id      bigint         not null,
    group_no      integer        not null,
    content       varchar(500)   not null,
    goals         varchar(500)   not null,
    plan_period   varchar(100)   not null,
    method        varchar(500)   not null,
    updated_by    varchar(64)    not null,
    updated_at    ${ts}          not null,
    version       integer        not null,
    constraint uq_mh_study_plan_group unique (group_id)
);
create index ix_mh_study_plan_class on mh_study_plan (class_id);

create table mh_plan_checkin (
    id            bigint         not null primary key,
    plan_id       bigint         not null references mh_study_plan (id),
    school_id     bigint         not null references school (id),
    week_monday   date           not null,
    status        varchar(10)    not null,
    note          varchar(300),
    student_id    bigint         not null references student (id),
    request_id    varchar(36)    not null,
    created_at    ${ts}          not null,
    version       integer        not null,
    constraint uq_mh_plan_checkin_request unique (plan_id, request_id)
);
create index ix_mh_plan_checkin_plan on mh_plan_checkin (plan_id, week_monday);
