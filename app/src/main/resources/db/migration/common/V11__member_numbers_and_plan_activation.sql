-- Issue 11. Member numbers (每组N号) carry no information about scores: they are drawn at random inside each group
-- with a seed kept on the plan (numbering_seed; null = a plan numbered before this change, by strength, which is
-- drawn again at the next start). activated_at = when the plan last became the class's active plan, so the board
-- can say "since X" and reports can tell which plan's groups points were earned in.
alter table group_plan add column numbering_seed bigint;
alter table group_plan add column activated_at ${ts};
update group_plan set activated_at = saved_at where active = true;
