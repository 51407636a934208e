-- 家长 (families): a parent's account linked to one or more children, the one-time invitation codes a head teacher
-- hands out (stored as a SHA-256 hash, single use, with an expiry), and the class notices parents and students read.
create table family_parent (
    id            bigint       not null primary key,
    school_id     bigint       not null references school (id),
    account_id    bigint       not null references account (id),
    display_name  varchar(50)  not null,
    created_at    ${ts}        not null,
    version       integer      not null,
    constraint uq_family_parent_account unique (account_id)
);

create table family_child (
    id          bigint  not null primary key,
    parent_id   bigint  not null references family_parent (id),
    student_id  bigint  not null references student (id),
    linked_at   ${ts}   not null,
    constraint uq_family_child unique (parent_id, student_id)
);
create index ix_family_child_student on family_child (student_id);

create table family_code (
    id           bigint       not null primary key,
    school_id    bigint       not null references school (id),
    class_id     bigint       not null references school_class (id),
    student_id   bigint       not null references student (id),
    code_hash    varchar(64)  not null,
    created_by   varchar(64)  not null,
    created_at   ${ts}        not null,
    expires_at   ${ts}        not null,
    used_at      ${ts},
    used_by      bigint,
    version      integer      not null,
    constraint uq_family_code_hash unique (code_hash)
);
create index ix_family_code_student on family_code (student_id);

create table family_notice (
    id          bigint         not null primary key,
    school_id   bigint         not null references school (id),
    class_id    bigint         not null references school_class (id),
    title       varchar(60)    not null,
    body        varchar(2000)  not null,
    posted_by   varchar(64)    not null,
    posted_at   ${ts}          not null,
    version     integer        not null
);
create index ix_family_notice_class on family_notice (class_id, posted_at);
