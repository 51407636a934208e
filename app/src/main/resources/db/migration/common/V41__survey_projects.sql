-- Research projects (课题), issue 17: a project of a school with its members (teachers), experiment and control
-- classes, period, stages with dated milestones, documents (方案, 中期报告, 论文, kept in the database like research
-- attachments) and the teacher's edited parts of the 课题研究工作总结 (the tables and numbers in it are computed from
-- the records each time the draft is shown or exported, so they are never stale).
create table survey_project (
    id           bigint         not null primary key,
    school_id    bigint         not null references school (id),
    title        varchar(120)   not null,
    level        varchar(10)    not null,
    starts_on    date           not null,
    ends_on      date           not null,
    method_text  varchar(4000),
    reflection   varchar(4000),
    created_by   varchar(64)    not null,
    created_at   ${ts}          not null,
    version      integer        not null
);
create index ix_survey_project_school on survey_project (school_id, starts_on);

create table survey_project_member (
    project_id  bigint not null references survey_project (id),
    teacher_id  bigint not null references teacher (id),
    primary key (project_id, teacher_id)
);

-- role: E = 实验班, C = 对照班
create table survey_project_class (
    project_id  bigint      not null references survey_project (id),
    class_id    bigint      not null references school_class (id),
    role        varchar(1)  not null,
    primary key (project_id, class_id)
);

create table survey_project_milestone (
    id          bigint        not null primary key,
    project_id  bigint        not null references survey_project (id),
    stage       varchar(10)   not null,
    due_on      date          not null,
    title       varchar(120)  not null,
    done        boolean       not null
);
create index ix_survey_project_milestone on survey_project_milestone (project_id, due_on);

create table survey_project_document (
    id            bigint        not null primary key,
    school_id     bigint        not null references school (id),
    project_id    bigint        not null references survey_project (id),
    kind          varchar(10)   not null,
    filename      varchar(255)  not null,
    content_type  varchar(120)  not null,
    size_bytes    bigint        not null,
    content       ${blob}       not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   ${ts}         not null
);
create index ix_survey_project_document on survey_project_document (project_id, uploaded_at);
