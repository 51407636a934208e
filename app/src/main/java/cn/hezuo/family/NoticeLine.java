package cn.hezuo.family;

import java.time.LocalDateTime;

/** A class notice as read by parents and students, its time in the school's time zone. */
public record NoticeLine(long id, String title, String body, LocalDateTime postedAt) {
}
