-- Indexes for the research reads measured by app/bench/research-bench.sh (a district: ~240,000 listen records,
-- ~30,000 activities): listen counts and a teacher's records look up by term and observer (the V20 index leads with
-- school_id, which those queries do not give); a portfolio looks up activities by host and attendance by teacher.
create index ix_research_listen_observer on research_listen (term_id, observer_id);
create index ix_research_listen_observed on research_listen (term_id, observed_id);
create index ix_research_activity_host on research_activity (host_id, term_id);
create index ix_research_attendance_teacher on research_attendance (teacher_id);
