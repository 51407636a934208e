-- Classroom evaluation (课堂评价): evaluation items (点评项) per class, the class's settings, student
-- recorders, one row per tap (eval_action, made idempotent by the client's request id), the points it
-- gave (eval_point), and running totals per term that the class board reads instead of summing points.

create table eval_item (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    class_id    bigint       not null references school_class (id),
    name        varchar(30)  not null,
    kind        varchar(10)  not null,
    points      integer      not null,
    icon        varchar(20)  not null,
    colour      varchar(20)  not null,
    stage       varchar(20)  not null,
    sort_order  integer      not null,
    retired     boolean      not null,
    version     integer      not null,
    constraint uq_eval_item_name unique (class_id, name)
);
create index ix_eval_item_class on eval_item (class_id, sort_order);

create table eval_setting (
    id                 bigint   not null primary key,
    school_id          bigint   not null references school (id),
    class_id           bigint   not null references school_class (id),
    bundled            boolean  not null,
    student_recording  boolean  not null,
    show_rank_band     boolean  not null,
    version            integer  not null,
    constraint uq_eval_setting_class unique (class_id)
);

-- 学习委员 (scope CLASS, group_id null) and one recorder per group (scope GROUP).
create table eval_recorder (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    class_id    bigint       not null references school_class (id),
    student_id  bigint       not null references student (id),
    scope       varchar(10)  not null,
    group_id    bigint       references study_group (id),
    constraint uq_eval_recorder_student unique (class_id, student_id)
);

create table eval_action (
    id                   bigint       not null primary key,
    school_id            bigint       not null references school (id),
    class_id             bigint       not null references school_class (id),
    request_id           varchar(36)  not null,
    term_id              bigint       not null references term (id),
    term_week            integer      not null,
    item_id              bigint       not null references eval_item (id),
    points               integer      not null,
    target               varchar(10)  not null,
    target_count         integer      not null,
    recorded_by          varchar(64)  not null,
    recorder_student_id  bigint       references student (id),
    recorded_at          ${ts}        not null,
    undone_by            varchar(64),
    undone_at            ${ts},
    constraint uq_eval_action_request unique (request_id)
);
create index ix_eval_action_class on eval_action (class_id, recorded_at);

-- One row per student or group that received points. group_id on a student's row is the group whose
-- total the points also counted toward (捆绑评价), null when the setting was off.
create table eval_point (
    id          bigint   not null primary key,
    action_id   bigint   not null references eval_action (id),
    class_id    bigint   not null references school_class (id),
    term_id     bigint   not null references term (id),
    student_id  bigint   references student (id),
    group_id    bigint   references study_group (id),
    points      integer  not null,
    undone      boolean  not null
);
create index ix_eval_point_action on eval_point (action_id);
create index ix_eval_point_class_term on eval_point (class_id, term_id);

create table eval_group_total (
    term_id    bigint   not null references term (id),
    group_id   bigint   not null references study_group (id),
    school_id  bigint   not null references school (id),
    points     integer  not null,
    primary key (term_id, group_id)
);

create table eval_student_total (
    term_id     bigint   not null references term (id),
    student_id  bigint   not null references student (id),
    school_id   bigint   not null references school (id),
    points      integer  not null,
    primary key (term_id, student_id)
);
