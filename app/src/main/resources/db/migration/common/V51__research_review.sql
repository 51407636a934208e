-- Teaching research II (issue 15), inter-group review (组间互评): a round drawn by the grouping engine among the
-- school's research groups (each reviews k others, reproducible from the stored seed) and its assignments. Scores are
-- score sheets (V50) with target_kind REVIEW and target_id = the assignment.
create table research_review_round (
    id                  bigint        not null primary key,
    school_id           bigint        not null references school (id),
    name                varchar(100)  not null,
    group_kind          varchar(20),
    avoid_same_subject  boolean       not null,
    reviews_per_group   integer       not null,
    seed                bigint        not null,
    rubric_id           bigint        not null references research_rubric (id),
    deadline            date          not null,
    created_by          varchar(64)   not null,
    created_at          ${ts}         not null,
    version             integer       not null
);
create index ix_research_review_round on research_review_round (school_id, deadline);

create table research_review_assignment (
    id                 bigint   not null primary key,
    round_id           bigint   not null references research_review_round (id),
    reviewer_group_id  bigint   not null references research_group (id),
    reviewee_group_id  bigint   not null references research_group (id),
    constraint uq_research_review_assignment unique (round_id, reviewer_group_id, reviewee_group_id)
);
create index ix_research_review_reviewer on research_review_assignment (reviewer_group_id, round_id);
