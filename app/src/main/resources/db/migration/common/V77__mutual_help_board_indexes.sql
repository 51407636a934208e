-- Mutual help at the benchmark's size (issue 16: 2,000 classes, ~1.5 million board posts a term). Moving a homework's
-- due time (or “现在公开答案”) updates held_until of that homework's questions (BoardQuestionRepository.holdUntil):
-- without an index on homework_id that update read the whole table.
create index ix_mh_board_question_homework on mh_board_question (homework_id);
