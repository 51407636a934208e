-- 周评表: the weekly star form the 学习委员 (or a teacher of the class) fills for every group of the active
-- plan — 学案完成, 课堂回答问题, 质疑对抗, 课后反思, 1 to 5 stars each, and a comment. One row per group and
-- term week; a second submission updates it (version = optimistic lock).
create table eval_weekly_star (
    id                    bigint        not null primary key,
    school_id             bigint        not null references school (id),
    class_id              bigint        not null references school_class (id),
    term_id               bigint        not null references term (id),
    term_week             integer       not null,
    group_id              bigint        not null references study_group (id),
    study_plan            integer       not null,
    answering             integer       not null,
    challenge             integer       not null,
    reflection            integer       not null,
    comment_text          varchar(200),
    filled_by             varchar(64)   not null,
    filled_by_student_id  bigint        references student (id),
    filled_at             ${ts}         not null,
    version               integer       not null,
    constraint uq_eval_weekly_star unique (term_id, term_week, group_id)
);
create index ix_eval_weekly_star_class on eval_weekly_star (class_id, term_id, term_week);
