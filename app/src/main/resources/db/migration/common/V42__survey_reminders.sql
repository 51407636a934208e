-- Reminders a teacher sends to the class screen for an open survey (issue 17): shown on the class's evaluation board
-- and as a mark on the students' survey card on /me for three days. Counts only; no student is named.
create table survey_reminder (
    survey_id  bigint       not null references survey (id),
    class_id   bigint       not null references school_class (id),
    sent_at    ${ts}        not null,
    sent_by    varchar(64)  not null,
    primary key (survey_id, class_id, sent_at)
);
create index ix_survey_reminder_class on survey_reminder (class_id, sent_at);
