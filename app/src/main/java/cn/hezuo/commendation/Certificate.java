package cn.hezuo.commendation;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One 奖状 as printed: who (a student's name, or a group's 组名 — null for an unnamed group, printed as 第n组), what
 * (the teacher's title, or null for the default 优秀小组 / 优秀个人), the month, and the school, class, head teacher
 * and date underneath. No numbers or ranks: a certificate is what a student may see.
 */
public record Certificate(long awardId, AwardKind kind, String name, Integer groupNumber, String title,
                          YearMonth month, String schoolName, String className, String headTeacher, LocalDate date) {
}
