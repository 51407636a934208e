-- Exam analytics: exams, their classes and items, knowledge points per subject, results, and the
-- struggling-student tracking records (学困生跟踪). Portable across H2, PostgreSQL and MariaDB.
--
-- Results are stored one row per student per exam with the item points packed into a text column
-- ("3,0,2.5,…", item order) and the chosen options into another ("AB_C..", one character per item:
-- A–D, '_' for a blank answer, '.' for a subjective item). 200,000 students × 40 items are 200,000
-- rows, not 8 million: a JDBC batch writes them quickly and one query loads a whole exam into memory.

create table exam (
    id                bigint       not null primary key,
    school_id         bigint       not null references school (id),
    name              varchar(60)  not null,
    subject_id        bigint       not null references subject (id),
    term_id           bigint       references term (id),
    exam_date         date         not null,
    total_only        boolean      not null,
    full_marks        decimal(6, 1) not null,
    pass_percent      decimal(5, 2) not null,
    excellent_percent decimal(5, 2) not null,
    low_percent       decimal(5, 2) not null,
    created_by        varchar(64)  not null,
    created_at        ${ts}        not null,
    version           integer      not null
);
create index ix_exam_school_date on exam (school_id, exam_date);

create table exam_class (
    id          bigint  not null primary key,
    school_id   bigint  not null references school (id),
    exam_id     bigint  not null references exam (id),
    class_id    bigint  not null references school_class (id),
    constraint uq_exam_class unique (exam_id, class_id)
);
create index ix_exam_class_class on exam_class (class_id);

-- Items (小题) in order; knowledge points are a list of names separated by '、'.
create table exam_item (
    id               bigint        not null primary key,
    school_id        bigint        not null references school (id),
    exam_id          bigint        not null references exam (id),
    seq              integer       not null,
    label            varchar(20)   not null,
    objective        boolean       not null,
    max_points       decimal(5, 1) not null,
    half_points      boolean       not null,
    answer_key       varchar(4),
    knowledge_points varchar(500),
    version          integer       not null,
    constraint uq_exam_item_position unique (exam_id, seq)
);

-- The knowledge points (知识点) teachers keep per subject; items are tagged from this list.
create table knowledge_point (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    subject_id  bigint       not null references subject (id),
    name        varchar(40)  not null,
    version     integer      not null,
    constraint uq_knowledge_point unique (school_id, subject_id, name)
);

-- One row per student and exam. class_id is the class the student sat the exam in.
-- absent (缺考): total, points and options are null. Total-only exams leave points and options null.
create table exam_result (
    exam_id      bigint        not null references exam (id),
    student_id   bigint        not null references student (id),
    school_id    bigint        not null references school (id),
    class_id     bigint        not null references school_class (id),
    absent       boolean       not null,
    total        decimal(7, 1),
    points       varchar(2000),
    options      varchar(200),
    imported_by  varchar(64)   not null,
    imported_at  ${ts}         not null,
    constraint pk_exam_result primary key (exam_id, student_id)
);
create index ix_exam_result_student on exam_result (student_id);
create index ix_exam_result_class on exam_result (exam_id, class_id);

-- 学困生跟踪: a record per student per episode, with dated follow-up notes. Closed records stay as history.
create table tracking_record (
    id              bigint        not null primary key,
    school_id       bigint        not null references school (id),
    student_id      bigint        not null references student (id),
    source_exam_id  bigint        references exam (id),
    causes          varchar(2000) not null,
    measures        varchar(2000) not null,
    closed          boolean       not null,
    opened_by       varchar(64)   not null,
    opened_at       ${ts}         not null,
    closed_by       varchar(64),
    closed_at       ${ts},
    closing_note    varchar(1000),
    version         integer       not null
);
create index ix_tracking_student on tracking_record (student_id);

create table tracking_note (
    id          bigint        not null primary key,
    school_id   bigint        not null references school (id),
    record_id   bigint        not null references tracking_record (id),
    note_date   date          not null,
    body        varchar(2000) not null,
    author      varchar(64)   not null,
    created_at  ${ts}         not null,
    version     integer       not null
);
create index ix_tracking_note_record on tracking_note (record_id, note_date);
