-- Issue 15 leftovers: inter-group review among lesson-study cases (磨课案例互评). A round draws either among research
-- groups (target GROUP, as before) or among cases (target CASE): each case is reviewed by the groups of k other
-- cases. For a case round an assignment names both cases and, for reading by group, the cases' groups; two cases of
-- one group may review two cases of another, so the old unique key (round, reviewer group, reviewee group) gives way
-- to one that includes the cases. The new key is made first: on MariaDB it is then the index of round_id's foreign key.
alter table research_review_round add column target varchar(10) default 'GROUP' not null;
alter table research_review_assignment add column reviewer_case_id bigint;
alter table research_review_assignment add column reviewee_case_id bigint;
alter table research_review_assignment add constraint uq_research_review_pair
    unique (round_id, reviewer_group_id, reviewee_group_id, reviewer_case_id, reviewee_case_id);
alter table research_review_assignment drop constraint uq_research_review_assignment;
