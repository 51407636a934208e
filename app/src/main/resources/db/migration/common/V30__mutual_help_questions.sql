-- Mutual help (学习互助), part 1: the question pipeline (疑问汇总) 学生 → 学科组长 → 课代表 → 教师.
-- A teacher opens a lesson entry (学案) for a class and subject with deadlines per role; students note questions;
-- the group's 学科组长 merges duplicates inside the group (group_merged_into), marks questions the group solved
-- itself and submits; the subject's 课代表 merges the groups' questions into class topics (class_merged_into) and
-- submits; the teacher marks each topic's outcome. A question that points nowhere at both levels is a topic.

-- 课代表: a class role per subject, assigned by the head teacher. At most one per class and subject.
create table mh_subject_rep (
    id            bigint       not null primary key,
    school_id     bigint       not null references school (id),
    class_id      bigint       not null references school_class (id),
    subject_id    bigint       not null references subject (id),
    student_id    bigint       not null references student (id),
    assigned_by   varchar(64)  not null,
    assigned_at   ${ts}        not null,
    version       integer      not null,
    constraint uq_mh_subject_rep unique (class_id, subject_id)
);

create table mh_lesson (
    id                  bigint       not null primary key,
    school_id           bigint       not null references school (id),
    class_id            bigint       not null references school_class (id),
    subject_id          bigint       not null references subject (id),
    title               varchar(80)  not null,
    ask_due             ${ts}        not null,
    group_due           ${ts}        not null,
    class_due           ${ts}        not null,
    lesson_at           ${ts}        not null,
    created_by          varchar(64)  not null,
    created_at          ${ts}        not null,
    class_submitted_by  bigint       references student (id),
    class_submitted_at  ${ts},
    version             integer      not null
);
create index ix_mh_lesson_class on mh_lesson (class_id, lesson_at);

-- The group's list as its 学科组长 submitted it (one row per lesson and group; re-submitting updates it).
create table mh_group_submission (
    id            bigint       not null primary key,
    school_id     bigint       not null references school (id),
    lesson_id     bigint       not null references mh_lesson (id),
    group_id      bigint       not null,
    submitted_by  bigint       not null references student (id),
    submitted_at  ${ts}        not null,
    version       integer      not null,
    constraint uq_mh_group_submission unique (lesson_id, group_id)
);

-- Photos of students' working, written with plain JDBC like uploads (bytea / longblob), ids are UUIDs.
create table mh_photo (
    id            varchar(36)  not null primary key,
    school_id     bigint       not null references school (id),
    content_type  varchar(20)  not null,
    bytes         ${blob}      not null,
    created_at    ${ts}        not null
);

create table mh_question (
    id                 bigint        not null primary key,
    school_id          bigint        not null references school (id),
    lesson_id          bigint        not null references mh_lesson (id),
    student_id         bigint        not null references student (id),
    group_id           bigint,
    group_no           integer,
    request_id         varchar(40)   not null,
    body               varchar(500)  not null,
    knowledge_point    varchar(40),
    photo_id           varchar(36)   references mh_photo (id),
    source             varchar(10)   not null,
    group_merged_into  bigint        references mh_question (id),
    class_merged_into  bigint        references mh_question (id),
    self_solved        boolean       not null,
    solved_how         varchar(200),
    outcome            varchar(10),
    outcome_by         varchar(64),
    outcome_at         ${ts},
    created_at         ${ts}         not null,
    version            integer       not null,
    constraint uq_mh_question_request unique (student_id, request_id)
);
create index ix_mh_question_lesson on mh_question (lesson_id, group_id);
