-- Mutual help, part 8: check-ins on the group and personal goals of group life (达成 / 部分达成 / 未达成 + a note),
-- and the head teacher's monthly review per group. A goal is named by group life's ids: the group (and, for a
-- personal goal, the student) and its kind; the goal's wording at the time is kept with the check-in.

create table mh_goal_checkin (
    id            bigint         not null primary key,
    school_id     bigint         not null references school (id),
    class_id      bigint         not null references school_class (id),
    group_id      bigint         not null,
    group_no      integer        not null,
    goal_kind     varchar(16)    not null,
    owner_id      bigint         references student (id),
    goal_text     varchar(200)   not null,
    status        varchar(10)    not null,
    note          varchar(300),
    on_day        date           not null,
    student_id    bigint         not null references student (id),
    request_id    varchar(36)    not null,
    created_at    ${ts}          not null,
    version       integer        not null,
    constraint uq_mh_goal_checkin_request unique (student_id, request_id)
);
create index ix_mh_goal_checkin_class on mh_goal_checkin (class_id, on_day);

create table mh_goal_review (
    id            bigint         not null primary key,
    school_id     bigint         not null references school (id),
    class_id      bigint         not null references school_class (id),
    group_id      bigint         not null,
    review_month  varchar(7)     not null,
    comment_text  varchar(300),
    reviewed_by   varchar(64)    not null,
    reviewed_at   ${ts}          not null,
    version       integer        not null,
    constraint uq_mh_goal_review unique (group_id, review_month)
);
