-- 小组PK / 光荣榜: whether a class's head teacher has switched on the groups' honour board (a leaderboard of groups,
-- never of students). A class without a row has it off (policy: leaderboards are the teacher's switch, off by default).
create table eval_honour_board (
    id          bigint   not null primary key,
    school_id   bigint   not null references school (id),
    class_id    bigint   not null references school_class (id),
    enabled     boolean  not null,
    version     integer  not null,
    constraint uq_eval_honour_board_class unique (class_id)
);
