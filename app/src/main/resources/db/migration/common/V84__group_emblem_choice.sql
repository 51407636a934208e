-- Issue 13: a teacher chooses a group's emblem (1-12, static/img/emblems/eNN.svg) and colour (1-12, the palette of
-- group.GroupEmblem). Null = the default by group number. Two groups of one plan may not share both (checked by
-- GroupEmblemService with the defaults counted; the index catches two teachers choosing at the same moment).
alter table study_group add column emblem_no integer;
alter table study_group add column colour_no integer;
create unique index ux_study_group_emblem on study_group (plan_id, emblem_no, colour_no);
