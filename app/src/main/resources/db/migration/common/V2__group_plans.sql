-- Grouping plans (分组方案) of a class: the groups and their members with member numbers.
-- A plan starts as a DRAFT (the preview the teacher adjusts), becomes SAVED under a name, and one
-- saved plan per class is active. Older plans stay readable as history.

create table group_plan (
    id          bigint        not null primary key,
    school_id   bigint        not null references school (id),
    class_id    bigint        not null references school_class (id),
    name        varchar(60)   not null,
    status      varchar(10)   not null,
    active      boolean       not null,
    settings    varchar(4000) not null,
    outcome     varchar(4000) not null,
    created_by  varchar(64)   not null,
    created_at  ${ts}         not null,
    saved_at    ${ts},
    version     integer       not null
);
create index ix_group_plan_class on group_plan (class_id, created_at);

create table study_group (
    id          bigint       not null primary key,
    plan_id     bigint       not null references group_plan (id),
    number      integer      not null,
    name        varchar(30),
    motto       varchar(100),
    version     integer      not null,
    constraint uq_study_group_number unique (plan_id, number)
);

create table group_member (
    id          bigint   not null primary key,
    plan_id     bigint   not null references group_plan (id),
    group_id    bigint   not null references study_group (id),
    student_id  bigint   not null references student (id),
    member_no   integer  not null,
    locked      boolean  not null,
    constraint uq_group_member unique (plan_id, student_id)
);
create index ix_group_member_group on group_member (group_id);
create index ix_group_member_student on group_member (student_id);
