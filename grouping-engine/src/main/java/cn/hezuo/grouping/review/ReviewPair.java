package cn.hezuo.grouping.review;

/** One assignment: {@code reviewer} reviews {@code reviewee}. */
public record ReviewPair(String reviewer, String reviewee) {
}
