-- 讨论计时: the classroom board's discussion countdown / stopwatch, one row per run, so later observation and
-- research reports can read how many minutes a lesson gave to group discussion (evaluation.DiscussionTimes).
-- request_id is made by the browser at "start": a retried start finds the first row. seconds is set once, at "end".
create table eval_discussion (
    id              bigint        not null primary key,
    school_id       bigint        not null references school (id),
    class_id        bigint        not null references school_class (id),
    request_id      varchar(36)   not null,
    lesson_date     date          not null,
    kind            varchar(10)   not null,
    planned_seconds integer,
    started_by      varchar(64)   not null,
    started_at      ${ts}         not null,
    ended_at        ${ts},
    seconds         integer,
    constraint uq_eval_discussion_request unique (request_id)
);
create index ix_eval_discussion_class on eval_discussion (class_id, lesson_date);
