/**
 * A teacher's growth: mentor pairs (师徒结对 / 青蓝工程) with their activities and end-of-term evaluations, monthly
 * routine checks (教学常规检查, 六认真: 备课, 作业批改, 听课笔记), and the growth portfolio (成长档案) assembled from
 * everything Hezuo records plus the teacher's own entries (论文, 获奖, 课题, 培训学时).
 */
package cn.hezuo.research.growth;
