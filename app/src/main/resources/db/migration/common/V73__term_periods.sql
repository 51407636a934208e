-- Holidays (放假) and exam weeks (考试周) inside a term, issue 12 "one school calendar" / issue 14: the research
-- calendar prints them, and generated 集体备课 and open lessons skip them. A period lies within its term's dates.
create table term_period (
    id          bigint      not null primary key,
    school_id   bigint      not null references school (id),
    term_id     bigint      not null references term (id),
    kind        varchar(10) not null,
    name        varchar(40) not null,
    start_date  date        not null,
    end_date    date        not null,
    version     integer     not null
);
create index ix_term_period_term on term_period (term_id, start_date);
