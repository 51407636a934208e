-- An upload keeps what its parse found (the preview, gzip-compressed JSON), so the preview page does not parse the
-- file again on every visit. Null for uploads stored before, which are parsed as before.
alter table upload add column preview ${blob};

-- The experiment page's choice for an exam: the pre-test and the 实验组 / 对照组 classes (ids, comma-separated),
-- saved by a teacher who may manage the exam, shown again on the page and used by the export.
create table exam_experiment (
    exam_id          bigint        not null primary key references exam (id),
    school_id        bigint        not null references school (id),
    pre_exam_id      bigint        references exam (id),
    experimental_ids varchar(2000) not null,
    control_ids      varchar(2000) not null,
    saved_by         varchar(64)   not null,
    saved_at         ${ts}         not null
);
