-- Issue 15 leftovers: lesson-study videos live in the file store (hezuo.lesson-study.file-dir), not in the row.
-- stored_path is the file's path relative to the store (ids only: <school>/<case>/<file id>.bin); such rows keep an
-- empty content. Rows from before (stored_path null) keep their bytes; a video among them moves to the store the
-- first time it is opened.
alter table research_ls_file add column stored_path varchar(300);
