package cn.hezuo.research.summary;

import jakarta.validation.constraints.Size;

/** The four sections a leader writes; version -1 for a summary not yet saved. */
record SummaryForm(
        @Size(max = 4000, message = "{validation.research.summary.overview.size}") String overview,
        @Size(max = 4000, message = "{validation.research.summary.achievements.size}") String achievements,
        @Size(max = 4000, message = "{validation.research.summary.problems.size}") String problems,
        @Size(max = 4000, message = "{validation.research.summary.nextSteps.size}") String nextSteps,
        Integer version) {
}
