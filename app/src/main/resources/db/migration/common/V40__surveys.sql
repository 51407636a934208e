-- Questionnaires (问卷), issue 17. A survey belongs to a school, is given to one or more classes for a window of days,
-- anonymous or named. A post-survey (后测) names the pre-survey (前测) it repeats.
--
-- Anonymity (docs/surveys.md "Anonymity"): for an anonymous survey, survey_response holds no student, no time and a
-- random (UUID) id, so neither a column nor the order of ids or times links an answer to a student. That a student
-- submitted is recorded in survey_participation, which holds only (survey, student): no id, no time, nothing that
-- leads to the response. A draft (survey_draft) exists only until submission and is deleted in the same transaction.

create table survey (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    title       varchar(80)  not null,
    anonymous   boolean      not null,
    phase       varchar(10)  not null,
    pre_id      bigint       references survey (id),
    opens_on    date         not null,
    closes_on   date         not null,
    created_by  varchar(64)  not null,
    created_at  ${ts}        not null,
    version     integer      not null
);
create index ix_survey_school on survey (school_id, opens_on);

create table survey_class (
    survey_id   bigint not null references survey (id),
    class_id    bigint not null references school_class (id),
    primary key (survey_id, class_id)
);

create table survey_question (
    id          bigint        not null primary key,
    survey_id   bigint        not null references survey (id),
    sort_order  integer       not null,
    section     varchar(60),
    kind        varchar(10)   not null,
    prompt      varchar(200)  not null,
    choices     varchar(1000) not null,
    bank_code   varchar(40)
);
create index ix_survey_question on survey_question (survey_id, sort_order);

create table survey_response (
    id           varchar(36)   not null primary key,
    survey_id    bigint        not null references survey (id),
    class_id     bigint        not null references school_class (id),
    student_id   bigint        references student (id),
    submitted_at ${ts},
    answers      varchar(8000) not null,
    constraint uq_survey_response_student unique (survey_id, student_id)
);
create index ix_survey_response on survey_response (survey_id, class_id);

create table survey_participation (
    survey_id   bigint not null references survey (id),
    student_id  bigint not null references student (id),
    primary key (survey_id, student_id)
);

create table survey_draft (
    survey_id   bigint        not null references survey (id),
    student_id  bigint        not null references student (id),
    answers     varchar(8000) not null,
    updated_at  ${ts}         not null,
    primary key (survey_id, student_id)
);
