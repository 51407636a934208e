-- Monthly commendation (每月表彰): a class's confirmed 优秀小组 / 优秀个人 for a month. Confirming again makes a
-- new revision (history kept); the newest revision is the valid one. The unique key on (class, month, revision)
-- makes two confirms based on the same revision collide, so the second is refused instead of lost.

create table commendation (
    id                 bigint        not null primary key,
    school_id          bigint        not null references school (id),
    class_id           bigint        not null references school_class (id),
    award_month        varchar(7)    not null,
    revision           integer       not null,
    criteria           varchar(200)  not null,
    group_count        integer       not null,
    individual_mode    varchar(10)   not null,
    individual_count   integer       not null,
    confirmed_by       varchar(64)   not null,
    confirmed_by_name  varchar(60)   not null,
    confirmed_at       ${ts}         not null,
    version            integer       not null,
    constraint uq_commendation_revision unique (class_id, award_month, revision)
);
create index ix_commendation_school_month on commendation (school_id, award_month);

-- One award of a commendation: a group (group_id) or a student (student_id). Names are copied at confirm
-- time so a certificate reads the same after regrouping or a rename; a group without a name (组名) has
-- name null and is shown as 第n组.
create table commendation_award (
    id               bigint        not null primary key,
    commendation_id  bigint        not null references commendation (id),
    school_id        bigint        not null references school (id),
    kind             varchar(10)   not null,
    group_id         bigint        references study_group (id),
    student_id       bigint        references student (id),
    group_number     integer,
    name             varchar(60),
    title            varchar(30),
    note             varchar(200),
    points           integer       not null,
    last_points      integer       not null,
    sort_order       integer       not null
);
create index ix_commendation_award_commendation on commendation_award (commendation_id, sort_order);
create index ix_commendation_award_student on commendation_award (student_id);
