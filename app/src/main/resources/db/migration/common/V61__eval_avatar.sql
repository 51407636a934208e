-- 头像: each student's avatar on the classroom board, chosen by the student on /me/avatar or set by a teacher of the
-- class. One row per student (absent = coloured initials); avatar is the id of a bundled picture (a01 … a40).
create table eval_avatar (
    id          bigint       not null primary key,
    school_id   bigint       not null references school (id),
    student_id  bigint       not null references student (id),
    avatar      varchar(8)   not null,
    chosen_by   varchar(64)  not null,
    chosen_at   ${ts}        not null,
    constraint uq_eval_avatar_student unique (student_id)
);
