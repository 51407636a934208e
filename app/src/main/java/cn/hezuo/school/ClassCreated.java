package cn.hezuo.school;

import java.util.Locale;

/**
 * A class was created. Published inside the creating transaction, so what other features set up for the class
 * (evaluation's default items) is created with it or not at all. {@code locale}: the language the creator works in,
 * for names other features give the class's first records.
 */
public record ClassCreated(long schoolId, long classId, String className, Locale locale) {
}
