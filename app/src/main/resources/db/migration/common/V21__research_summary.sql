-- 教研组工作总结 (issue 14): the leader's edited sections of a group's semester summary; the counts in it are computed
-- from the records each time the draft is shown or exported, so they are never stale.
create table research_summary (
    id            bigint         not null primary key,
    school_id     bigint         not null references school (id),
    group_id      bigint         not null references research_group (id),
    term_id       bigint         not null references term (id),
    overview      varchar(4000),
    achievements  varchar(4000),
    problems      varchar(4000),
    next_steps    varchar(4000),
    version       integer        not null,
    constraint uq_research_summary unique (group_id, term_id)
);
