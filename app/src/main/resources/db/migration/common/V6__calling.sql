-- Random calling (随机点名). A "lesson" is a calling session a teacher starts; it carries the fairness window
-- (LESSON, DAY or WEEK) inside which nobody is called twice before everyone has been called once.
-- Every draw is kept (who called, when, mode, result, passed) so fairness can be audited.

create table calling_lesson (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    class_id    bigint       not null references school_class (id),
    fairness_window varchar(10) not null,
    started_by  varchar(64)  not null,
    started_at  ${ts}        not null
);
create index ix_calling_lesson_class on calling_lesson (class_id, started_at);

create table calling_draw (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    class_id    bigint       not null references school_class (id),
    lesson_id   bigint       not null references calling_lesson (id),
    request_id  varchar(64)  not null,
    mode        varchar(12)  not null,
    member_no   integer,
    group_no    integer,
    called_by   varchar(64)  not null,
    called_at   ${ts}        not null,
    passed      boolean      not null,
    version     integer      not null,
    constraint uq_calling_draw_request unique (class_id, request_id)
);
create index ix_calling_draw_class on calling_draw (class_id, called_at);

-- The students a draw named (one for a student, one per group for 每组N号, none for a random group).
create table calling_pick (
    id          bigint       not null primary key,
    draw_id     bigint       not null references calling_draw (id),
    class_id    bigint       not null references school_class (id),
    student_id  bigint       not null references student (id),
    group_no    integer      not null,
    member_no   integer      not null
);
create index ix_calling_pick_draw on calling_pick (draw_id);
create index ix_calling_pick_class on calling_pick (class_id, student_id);

-- Absent today: one row per class, student and date; never drawn on that date.
create table calling_absence (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    class_id    bigint       not null references school_class (id),
    student_id  bigint       not null references student (id),
    absent_on   date         not null,
    constraint uq_calling_absence unique (class_id, student_id, absent_on)
);
