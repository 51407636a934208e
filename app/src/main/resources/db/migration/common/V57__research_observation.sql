-- Teaching research (issue 15), classroom observation (观课): an observed lesson with its observers and their 观察点,
-- and the taps an observer records during the lesson. Events are keyed by the client's own id, so a batch sent twice
-- (a retry after Wi-Fi dropped) finds its rows already there and counts once.
create table research_obs_lesson (
    id              bigint         not null primary key,
    school_id       bigint         not null references school (id),
    group_id        bigint         not null references research_group (id),
    organiser_id    bigint         not null references teacher (id),
    teacher_id      bigint         not null references teacher (id),
    class_id        bigint         references school_class (id),
    class_text      varchar(60),
    subject_id      bigint         not null references subject (id),
    topic           varchar(200)   not null,
    lesson_date     date           not null,
    planned_minutes integer        not null,
    case_id         bigint,
    teaching_no     integer,
    pair_key        varchar(40),
    label           varchar(12),
    method          varchar(200),
    dimensions      varchar(200)   not null,
    created_at      ${ts}          not null,
    version         integer        not null
);
create index ix_research_obs_lesson_group on research_obs_lesson (group_id, lesson_date);

create table research_obs_observer (
    id          bigint          not null primary key,
    lesson_id   bigint          not null references research_obs_lesson (id),
    teacher_id  bigint          not null references teacher (id),
    focus       varchar(200)    not null,
    report_text varchar(4000),
    version     integer         not null,
    constraint uq_research_obs_observer unique (lesson_id, teacher_id)
);

create table research_obs_event (
    lesson_id       bigint         not null references research_obs_lesson (id),
    client_event_id varchar(40)    not null,
    observer_id     bigint         not null references teacher (id),
    kind            varchar(12)    not null,
    code            varchar(12),
    at_ms           bigint         not null,
    client_at       bigint,
    student_id      bigint,
    correct         integer,
    total           integer,
    ref_id          varchar(40),
    note            varchar(500),
    received_at     ${ts}          not null,
    constraint pk_research_obs_event primary key (lesson_id, client_event_id)
);
create index ix_research_obs_event_observer on research_obs_event (lesson_id, observer_id, at_ms);
