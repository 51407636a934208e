-- An audit line keeps its text as a message key with arguments (JSON), so the log reads in the reader's
-- language; summary keeps a Chinese rendering for anyone reading the table directly. Older lines have no
-- message and show their summary as written.
alter table audit_log add column message varchar(4000);
