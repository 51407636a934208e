-- Teaching research II (issue 15), lesson scoring (评课量化打分): rubrics the school defines (items with a maximum,
-- a weight and a descriptor) and score sheets, one per scorer, rubric and target. A target is named generically
-- (target_kind CASE / OBSERVED_LESSON / REVIEW …, target_id), so any part of research can be scored.
create table research_rubric (
    id           bigint         not null primary key,
    school_id    bigint         not null references school (id),
    name         varchar(100)   not null,
    description  varchar(500),
    active       boolean        not null,
    created_by   varchar(64)    not null,
    created_at   ${ts}          not null,
    version      integer        not null,
    constraint uq_research_rubric_name unique (school_id, name)
);

create table research_rubric_item (
    id           bigint         not null primary key,
    rubric_id    bigint         not null references research_rubric (id),
    sort_order   integer        not null,
    name         varchar(100)   not null,
    descriptor   varchar(500),
    max_score    numeric(6, 1)  not null,
    weight       numeric(6, 1)  not null
);
create index ix_research_rubric_item on research_rubric_item (rubric_id, sort_order);

create table research_score_sheet (
    id           bigint         not null primary key,
    school_id    bigint         not null references school (id),
    rubric_id    bigint         not null references research_rubric (id),
    target_kind  varchar(20)    not null,
    target_id    bigint         not null,
    scorer       varchar(64)    not null,
    scorer_name  varchar(100)   not null,
    strengths    varchar(1000),
    weaknesses   varchar(1000),
    scored_at    ${ts}          not null,
    version      integer        not null,
    constraint uq_research_score_sheet unique (rubric_id, target_kind, target_id, scorer)
);
create index ix_research_score_target on research_score_sheet (school_id, target_kind, target_id);

create table research_score_entry (
    id           bigint         not null primary key,
    sheet_id     bigint         not null references research_score_sheet (id),
    item_id      bigint         not null references research_rubric_item (id),
    score        numeric(6, 1)  not null,
    constraint uq_research_score_entry unique (sheet_id, item_id)
);
