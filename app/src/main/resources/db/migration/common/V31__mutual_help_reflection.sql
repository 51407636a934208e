-- Mutual help, part 3: 三思 after class. A teacher opens it for a lesson entry; each student answers 一思今天的收获,
-- 二思哪些问题还不明白, 三思没有听懂的问题该怎样解决. What is still unclear becomes a question (source REFLECTION) of the
-- next lesson entry the teacher chose, so it flows into that lesson's pipeline.

create table mh_reflection (
    id              bigint       not null primary key,
    school_id       bigint       not null references school (id),
    lesson_id       bigint       not null references mh_lesson (id),
    next_lesson_id  bigint       references mh_lesson (id),
    opened_by       varchar(64)  not null,
    opened_at       ${ts}        not null,
    version         integer      not null,
    constraint uq_mh_reflection unique (lesson_id)
);

create table mh_reflection_answer (
    id             bigint        not null primary key,
    school_id      bigint        not null references school (id),
    reflection_id  bigint        not null references mh_reflection (id),
    student_id     bigint        not null references student (id),
    gains          varchar(300)  not null,
    unclear        varchar(300),
    plan           varchar(300),
    question_id    bigint        references mh_question (id),
    answered_at    ${ts}         not null,
    version        integer       not null,
    constraint uq_mh_reflection_answer unique (reflection_id, student_id)
);
