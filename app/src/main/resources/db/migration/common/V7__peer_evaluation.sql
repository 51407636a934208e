-- Self and peer evaluation rounds (自评与互评). A round belongs to a class and to the grouping plan that was active
-- when it opened, so later regrouping does not change who rated whom. Students rate themselves and each group-mate
-- on four criteria (1-5); groups rate themselves and the other groups' presentations (any member submits, the last
-- submission wins and records who). Students only ever see averages of what others gave them.

create table peer_round (
    id            bigint       not null primary key,
    school_id     bigint       not null references school (id),
    class_id      bigint       not null references school_class (id),
    plan_id       bigint       not null references group_plan (id),
    name          varchar(60)  not null,
    starts_on     date         not null,
    ends_on       date         not null,
    status        varchar(10)  not null,
    show_comments boolean      not null,
    opened_by     varchar(64)  not null,
    opened_at     ${ts}        not null,
    closed_by     varchar(64),
    closed_at     ${ts},
    version       integer      not null
);
create index ix_peer_round_class on peer_round (class_id, opened_at);

create table peer_rating (
    id            bigint        not null primary key,
    school_id     bigint        not null references school (id),
    round_id      bigint        not null references peer_round (id),
    rater_id      bigint        not null references student (id),
    ratee_id      bigint        not null references student (id),
    task          integer       not null,
    cooperation   integer       not null,
    listening     integer       not null,
    helping       integer       not null,
    comment       varchar(300),
    updated_at    ${ts}         not null,
    version       integer       not null,
    constraint uq_peer_rating unique (round_id, rater_id, ratee_id)
);
create index ix_peer_rating_ratee on peer_rating (round_id, ratee_id);

create table peer_group_rating (
    id             bigint        not null primary key,
    school_id      bigint        not null references school (id),
    round_id       bigint        not null references peer_round (id),
    rater_group_no integer       not null,
    ratee_group_no integer       not null,
    score          integer       not null,
    comment        varchar(300),
    submitted_by   bigint        not null references student (id),
    updated_at     ${ts}         not null,
    version        integer       not null,
    constraint uq_peer_group_rating unique (round_id, rater_group_no, ratee_group_no)
);
