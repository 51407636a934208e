/**
 * 学习计划 and goal check-ins: each group's study plan (content, goals, time, method) with members' weekly check-ins,
 * check-ins on group life's group and personal goals, and the head teacher's monthly review of them per group.
 */
package cn.hezuo.mutualhelp.plans;
