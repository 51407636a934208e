package cn.hezuo.grouping.review;

/** The request cannot be met (too many reviews for the groups each may review); the message says why, in English. */
public final class ReviewInfeasibleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The most reviews per group that the groups allow (0 when none). */
    private final int maxReviews;

    ReviewInfeasibleException(String message, int maxReviews) {
        super(message);
        this.maxReviews = maxReviews;
    }

    public int maxReviews() {
        return maxReviews;
    }
}
