-- Lesson study (磨课, issue 15): a case of a research group with its 执教人 and lesson, members' roles, the dated
-- checklist of steps, versioned drafts (text kept as UTF-8 bytes, an uploaded .docx/.pdf kept as a file), comments
-- on a paragraph of a draft with the 执教人's decision, files attached to steps (minutes, reflections, video, summary)
-- and the group's self-evaluation.

-- pair_key: cases with the same key are 同课异构 of each other (same lesson, different teachers).
create table research_ls_case (
    id            bigint         not null primary key,
    school_id     bigint         not null references school (id),
    group_id      bigint         not null references research_group (id),
    theme         varchar(200)   not null,
    teacher_id    bigint         not null references teacher (id),
    subject_id    bigint         not null references subject (id),
    grade_id      bigint         references grade (id),
    unit          varchar(100),
    topic         varchar(200)   not null,
    pair_key      varchar(40),
    self_comment  varchar(2000),
    created_at    ${ts}          not null,
    version       integer        not null
);
create index ix_research_ls_case_group on research_ls_case (group_id);
create index ix_research_ls_case_pair on research_ls_case (pair_key);

-- A member's role in a case (主备, 观课, 记录, 摄像, 评课); one role per member and case.
create table research_ls_role (
    id          bigint       not null primary key,
    case_id     bigint       not null references research_ls_case (id),
    teacher_id  bigint       not null references teacher (id),
    role        varchar(16)  not null,
    constraint uq_research_ls_role unique (case_id, teacher_id)
);

-- A step of the case's checklist, in position order; kind CUSTOM takes its title from the title column.
create table research_ls_step (
    id          bigint         not null primary key,
    case_id     bigint         not null references research_ls_case (id),
    sort_order  integer        not null,
    kind        varchar(24)    not null,
    title       varchar(100),
    owner_id    bigint         references teacher (id),
    due_date    date           not null,
    status      varchar(8)     not null,
    note        varchar(4000),
    done_at     ${ts},
    version     integer        not null
);
create index ix_research_ls_step_case on research_ls_step (case_id, sort_order);
create index ix_research_ls_step_owner on research_ls_step (owner_id, status, due_date);

-- A draft (第一稿, 第二稿 …). format TEXT (written online), DOCX (text extracted), PDF (file only, no text).
create table research_ls_draft (
    id           bigint         not null primary key,
    case_id      bigint         not null references research_ls_case (id),
    draft_no     integer        not null,
    format       varchar(8)     not null,
    change_note  varchar(2000),
    created_by   varchar(64)    not null,
    created_at   ${ts}          not null,
    updated_by   varchar(64)    not null,
    updated_at   ${ts}          not null,
    version      integer        not null,
    constraint uq_research_ls_draft unique (case_id, draft_no)
);

-- The draft's text (Markdown-like lines), UTF-8; written by plain JDBC so lists never load it.
create table research_ls_draft_text (
    draft_id  bigint   not null primary key references research_ls_draft (id),
    body      ${blob}  not null
);

-- A member's comment on one paragraph (0-based block) of a draft and the 执教人's decision.
create table research_ls_comment (
    id          bigint         not null primary key,
    case_id     bigint         not null references research_ls_case (id),
    draft_id    bigint         not null references research_ls_draft (id),
    paragraph   integer        not null,
    author_id   bigint         references teacher (id),
    author      varchar(64)    not null,
    body        varchar(2000)  not null,
    decision    varchar(12),
    reason      varchar(1000),
    decided_at  ${ts},
    created_at  ${ts}          not null,
    version     integer        not null
);
create index ix_research_ls_comment_draft on research_ls_comment (draft_id, paragraph);

-- Files of a case: a step's artefacts (minutes, reflection, report, video, summary) or a draft's uploaded original.
create table research_ls_file (
    id            bigint        not null primary key,
    school_id     bigint        not null references school (id),
    case_id       bigint        not null references research_ls_case (id),
    step_id       bigint        references research_ls_step (id),
    draft_id      bigint        references research_ls_draft (id),
    kind          varchar(12)   not null,
    filename      varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    content       ${blob}       not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   ${ts}         not null
);
create index ix_research_ls_file_case on research_ls_file (case_id);

-- The group's self-evaluation of a case: one level (1-4) and a comment per item.
create table research_ls_self_item (
    id        bigint         not null primary key,
    case_id   bigint         not null references research_ls_case (id),
    item      varchar(24)    not null,
    rating    integer        not null,
    remark    varchar(1000),
    version   integer        not null,
    constraint uq_research_ls_self_item unique (case_id, item)
);
