-- Foundation schema: school, accounts, terms, classes, subjects, teachers, students, audit, sessions.
-- Portable across H2 (PostgreSQL mode), PostgreSQL and MariaDB; the few types that differ come from
-- Flyway placeholders set per profile (${ts}, ${blob}).
-- Tenant data carries school_id so a district deployment can host several schools.

create sequence hezuo_seq start with 1000 increment by 50;

create table school (
    id          bigint       not null primary key,
    name        varchar(100) not null,
    created_at  ${ts}        not null,
    version     integer      not null
);

create table account (
    id                   bigint       not null primary key,
    school_id            bigint       not null references school (id),
    username             varchar(64)  not null,
    password_hash        varchar(100) not null,
    role                 varchar(16)  not null,
    display_name         varchar(50)  not null,
    enabled              boolean      not null,
    must_change_password boolean      not null,
    created_at           ${ts}        not null,
    version              integer      not null,
    constraint uq_account_username unique (username)
);

create table term (
    id          bigint      not null primary key,
    school_id   bigint      not null references school (id),
    name        varchar(50) not null,
    start_date  date        not null,
    end_date    date        not null,
    version     integer     not null
);
create index ix_term_school on term (school_id, start_date);

create table grade (
    id          bigint      not null primary key,
    school_id   bigint      not null references school (id),
    name        varchar(20) not null,
    sort_order  integer     not null,
    version     integer     not null,
    constraint uq_grade_name unique (school_id, name)
);

create table subject (
    id          bigint      not null primary key,
    school_id   bigint      not null references school (id),
    name        varchar(20) not null,
    sort_order  integer     not null,
    active      boolean     not null,
    version     integer     not null,
    constraint uq_subject_name unique (school_id, name)
);

create table teacher (
    id          bigint      not null primary key,
    school_id   bigint      not null references school (id),
    account_id  bigint      references account (id),
    name        varchar(50) not null,
    staff_no    varchar(32),
    phone       varchar(20),
    active      boolean     not null,
    version     integer     not null,
    constraint uq_teacher_account unique (account_id)
);

create table school_class (
    id              bigint      not null primary key,
    school_id       bigint      not null references school (id),
    grade_id        bigint      not null references grade (id),
    name            varchar(30) not null,
    head_teacher_id bigint      references teacher (id),
    active          boolean     not null,
    version         integer     not null,
    constraint uq_class_name unique (school_id, name)
);

create table teaching_assignment (
    id          bigint  not null primary key,
    school_id   bigint  not null references school (id),
    class_id    bigint  not null references school_class (id),
    teacher_id  bigint  not null references teacher (id),
    subject_id  bigint  not null references subject (id),
    constraint uq_teaching unique (class_id, subject_id, teacher_id)
);
create index ix_teaching_teacher on teaching_assignment (teacher_id);

create table student (
    id           bigint       not null primary key,
    school_id    bigint       not null references school (id),
    class_id     bigint       not null references school_class (id),
    student_no   varchar(32)  not null,
    name         varchar(50)  not null,
    gender       varchar(1)   not null,
    personality  varchar(8),
    notes        varchar(500),
    active       boolean      not null,
    account_id   bigint       references account (id),
    version      integer      not null,
    constraint uq_student_no unique (school_id, student_no),
    constraint uq_student_account unique (account_id)
);
create index ix_student_class on student (class_id);

-- Prior scores per subject from the roster import; later features (grouping) read them.
create table student_score (
    id          bigint        not null primary key,
    student_id  bigint        not null references student (id),
    subject_id  bigint        not null references subject (id),
    score       decimal(5, 1) not null,
    constraint uq_student_score unique (student_id, subject_id)
);

create table audit_log (
    id           bigint        not null primary key,
    school_id    bigint,
    actor        varchar(64)   not null,
    occurred_at  ${ts}         not null,
    action       varchar(40)   not null,
    entity_type  varchar(40)   not null,
    entity_id    varchar(40),
    summary      varchar(2000) not null
);
create index ix_audit_school_time on audit_log (school_id, occurred_at);

-- Login throttling lives in the database so every app node sees the same counters.
create table login_throttle (
    username        varchar(64) not null,
    remote_address  varchar(64) not null,
    failures        integer     not null,
    last_failure_at ${ts}       not null,
    locked_until    ${ts},
    constraint pk_login_throttle primary key (username, remote_address)
);

-- Uploaded files waiting between preview and confirm; in the database so any node can confirm.
create table upload (
    id          varchar(36)  not null primary key,
    school_id   bigint       not null references school (id),
    owner       varchar(64)  not null,
    purpose     varchar(30)  not null,
    target_id   bigint,
    filename    varchar(255) not null,
    content     ${blob}      not null,
    created_at  ${ts}        not null
);

-- ShedLock: scheduled jobs run once per cluster.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);

-- Spring Session JDBC: HTTP sessions shared by all app nodes (upper case: Spring Session's queries
-- use these names and MariaDB table names are case-sensitive on Linux).
create table SPRING_SESSION (
    PRIMARY_ID            char(36)     not null,
    SESSION_ID            char(36)     not null,
    CREATION_TIME         bigint       not null,
    LAST_ACCESS_TIME      bigint       not null,
    MAX_INACTIVE_INTERVAL integer      not null,
    EXPIRY_TIME           bigint       not null,
    PRINCIPAL_NAME        varchar(100),
    constraint SPRING_SESSION_PK primary key (PRIMARY_ID)
);
create unique index SPRING_SESSION_IX1 on SPRING_SESSION (SESSION_ID);
create index SPRING_SESSION_IX2 on SPRING_SESSION (EXPIRY_TIME);
create index SPRING_SESSION_IX3 on SPRING_SESSION (PRINCIPAL_NAME);

create table SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID char(36)     not null,
    ATTRIBUTE_NAME     varchar(200) not null,
    ATTRIBUTE_BYTES    ${blob}      not null,
    constraint SPRING_SESSION_ATTRIBUTES_PK primary key (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    constraint SPRING_SESSION_ATTRIBUTES_FK foreign key (SESSION_PRIMARY_ID)
        references SPRING_SESSION (PRIMARY_ID) on delete cascade
);
