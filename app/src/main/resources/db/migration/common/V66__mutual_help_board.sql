-- Mutual help, part 4: the class Q&A board (互助答疑). Per class and subject a student posts a question (text, an
-- optional photo kept in mh_photo, an optional knowledge point, optionally tied to a homework entry whose due time
-- holds the answers back, optionally anonymous where the class allows it); classmates and teachers answer; the asker
-- or a teacher accepts one answer; "我也有这个问题" is one row per student. Teachers hide, pin and edit (with a reason,
-- kept in mh_board_edit). Counters on the question (answers, first answer time) keep the board page and the reports
-- to one indexed read.

-- One row per class: anonymous asking and points for accepted answers, both off until a teacher turns them on.
create table mh_board_setting (
    id                 bigint       not null primary key,
    school_id          bigint       not null references school (id),
    class_id           bigint       not null references school_class (id),
    anonymous_allowed  boolean      not null,
    award_points       boolean      not null,
    updated_by         varchar(64)  not null,
    updated_at         ${ts}        not null,
    version            integer      not null,
    constraint uq_mh_board_setting unique (class_id)
);

-- Homework a teacher names on the board: answers to questions tied to it stay hidden from other students until due.
create table mh_board_homework (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    class_id    bigint       not null references school_class (id),
    subject_id  bigint       not null references subject (id),
    title       varchar(80)  not null,
    due_at      ${ts}        not null,
    created_by  varchar(64)  not null,
    created_at  ${ts}        not null,
    version     integer      not null
);
create index ix_mh_board_homework_class on mh_board_homework (class_id, subject_id, due_at);

create table mh_board_question (
    id                  bigint        not null primary key,
    school_id           bigint        not null references school (id),
    class_id            bigint        not null references school_class (id),
    subject_id          bigint        not null references subject (id),
    student_id          bigint        not null references student (id),
    group_id            bigint,
    group_no            integer,
    anonymous           boolean       not null,
    request_id          varchar(40)   not null,
    body                varchar(500)  not null,
    knowledge_point     varchar(40),
    photo_id            varchar(36)   references mh_photo (id),
    homework_id         bigint        references mh_board_homework (id),
    held_until          ${ts},
    hidden              boolean       not null,
    pinned              boolean       not null,
    me_too              integer       not null,
    answers             integer       not null,
    first_answer_at     ${ts},
    accepted_answer_id  bigint,
    created_at          ${ts}         not null,
    version             integer       not null,
    constraint uq_mh_board_question_request unique (student_id, request_id)
);
-- The board page: a class's subject, pinned first, newest first.
create index ix_mh_board_question_board on mh_board_question (class_id, subject_id, pinned, created_at);
create index ix_mh_board_question_class on mh_board_question (class_id, created_at);

-- An answer by a student (student_id) or a teacher (student_id null; in_class_name: shown as the class).
create table mh_board_answer (
    id             bigint        not null primary key,
    school_id      bigint        not null references school (id),
    question_id    bigint        not null references mh_board_question (id),
    student_id     bigint        references student (id),
    author         varchar(64)   not null,
    in_class_name  boolean       not null,
    request_id     varchar(40)   not null,
    body           varchar(1000) not null,
    hidden         boolean       not null,
    accepted       boolean       not null,
    accepted_by    varchar(64),
    points_action  bigint,
    created_at     ${ts}         not null,
    version        integer       not null,
    constraint uq_mh_board_answer_request unique (author, request_id)
);
create index ix_mh_board_answer_question on mh_board_answer (question_id, created_at);

create table mh_board_me_too (
    id           bigint  not null primary key,
    school_id    bigint  not null references school (id),
    question_id  bigint  not null references mh_board_question (id),
    student_id   bigint  not null references student (id),
    created_at   ${ts}   not null,
    version      integer not null,
    constraint uq_mh_board_me_too unique (question_id, student_id)
);

-- What a teacher changed in a post, with the reason: the earlier wording is kept here.
create table mh_board_edit (
    id           bigint        not null primary key,
    school_id    bigint        not null references school (id),
    question_id  bigint        not null references mh_board_question (id),
    answer_id    bigint        references mh_board_answer (id),
    old_body     varchar(1000) not null,
    reason       varchar(200)  not null,
    edited_by    varchar(64)   not null,
    edited_at    ${ts}         not null,
    version      integer       not null
);
create index ix_mh_board_edit_question on mh_board_edit (question_id, edited_at);
