package cn.hezuo.family;

import java.time.LocalDateTime;

/**
 * A class notice as read by parents and students, its times in the school's time zone ({@code editedAt} null when never
 * changed); {@code version} is what an edit or removal form sends back to detect a change in between.
 */
public record NoticeLine(long id, String title, String body, LocalDateTime postedAt, LocalDateTime editedAt,
                         int version) {
}
