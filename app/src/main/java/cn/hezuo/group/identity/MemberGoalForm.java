package cn.hezuo.group.identity;

import jakarta.validation.constraints.Size;

/** A member's personal goals; version null when the member has none yet. */
public record MemberGoalForm(
        @Size(max = 200, message = "{grouplife.error.goal}") String shortTerm,
        @Size(max = 200, message = "{grouplife.error.goal}") String longTerm,
        Integer version) {
}
