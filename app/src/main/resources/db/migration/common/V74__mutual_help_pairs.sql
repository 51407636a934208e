-- Mutual help, part 6: one-to-one help pairs (帮扶对子). A pair is two students of one class for one subject, stored in
-- 学号 order (student_a has the lower 学号): nothing kept here says which of the two is the stronger. Saving the class's
-- pairs of a subject again ends the pairs left out (active = false) and keeps their check-ins.

create table mh_pair (
    id            bigint        not null primary key,
    school_id     bigint        not null references school (id),
    class_id      bigint        not null references school_class (id),
    subject_id    bigint        not null references subject (id),
    group_id      bigint,
    group_no      integer,
    student_a     bigint        not null references student (id),
    student_b     bigint        not null references student (id),
    active        boolean       not null,
    created_by    varchar(64)   not null,
    created_at    ${ts}         not null,
    ended_at      ${ts},
    version       integer       not null
);
create index ix_mh_pair_class on mh_pair (class_id, subject_id, active);
create index ix_mh_pair_a on mh_pair (student_a);
create index ix_mh_pair_b on mh_pair (student_b);

create table mh_pair_checkin (
    id            bigint         not null primary key,
    pair_id       bigint         not null references mh_pair (id),
    school_id     bigint         not null references school (id),
    on_day        date           not null,
    content       varchar(60)    not null,
    note          varchar(300),
    student_id    bigint         references student (id),
    author        varchar(64)    not null,
    request_id    varchar(36)    not null,
    created_at    ${ts}          not null,
    version       integer        not null,
    constraint uq_mh_pair_checkin_request unique (pair_id, request_id)
);
create index ix_mh_pair_checkin_pair on mh_pair_checkin (pair_id, on_day);
