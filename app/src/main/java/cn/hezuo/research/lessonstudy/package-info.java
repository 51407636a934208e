/**
 * 磨课 (lesson study): a research group's case with its 执教人 and lesson, members' roles, a dated checklist of steps,
 * versioned drafts with a Chinese-aware side-by-side diff, paragraph comments the 执教人 adopts or not, files on the
 * steps (minutes, reports, video streamed by range) and the group's self-evaluation. {@link LessonStudyCases} is the
 * read other parts of the research module use (observation comparisons list 同课异构 pairs).
 */
package cn.hezuo.research.lessonstudy;
