-- Mutual help, part 5: shared resources (学习资料共享). Notes, 错题 collections and files of a group (visible to the
-- group only, or to the whole class) or of the class (a teacher's). The file itself lives in mh_resource_file, read and
-- written with plain JDBC (bytea / longblob) so listing never loads it. A teacher's removal keeps the row (removed_*).

create table mh_resource (
    id            bigint         not null primary key,
    school_id     bigint         not null references school (id),
    class_id      bigint         not null references school_class (id),
    group_id      bigint,
    group_no      integer,
    visibility    varchar(10)    not null,
    kind          varchar(10)    not null,
    title         varchar(80)    not null,
    note          varchar(2000),
    file_name     varchar(255),
    content_type  varchar(120),
    size_bytes    integer,
    student_id    bigint         references student (id),
    author        varchar(64)    not null,
    removed       boolean        not null,
    removed_by    varchar(64),
    removed_at    ${ts},
    created_at    ${ts}          not null,
    version       integer        not null
);
create index ix_mh_resource_class on mh_resource (class_id, created_at);

create table mh_resource_file (
    resource_id  bigint   not null primary key references mh_resource (id),
    school_id    bigint   not null references school (id),
    bytes        ${blob}  not null
);
