package cn.hezuo.research.schedule;

import cn.hezuo.teacher.Teacher;
import java.util.Set;

/**
 * Who gives the open lessons, from the teacher's attributes: younger than {@code underAge} (出生年份), or teaching for
 * fewer than {@code underYears} years (参加工作年份), or holding one of {@code titles} (职称). "35岁以下及工作未满5年的
 * 青年教师" is underAge 35, underYears 5. A criterion left null is not used; an unknown attribute never qualifies.
 */
record Eligibility(Integer underAge, Integer underYears, Set<String> titles) {

    boolean test(Teacher teacher, int year) {
        if (underAge != null && teacher.getBirthYear() != null && year - teacher.getBirthYear() < underAge) {
            return true;
        }
        if (underYears != null && teacher.getStartYear() != null && year - teacher.getStartYear() < underYears) {
            return true;
        }
        return teacher.getTitle() != null && titles.contains(teacher.getTitle());
    }
}
