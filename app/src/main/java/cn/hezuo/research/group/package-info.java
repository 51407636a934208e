/**
 * Research groups: 教研组 (per subject) and 备课组 (per subject and grade), their leader and members, and who may see
 * or run what ({@link cn.hezuo.research.group.ResearchAccess}).
 */
package cn.hezuo.research.group;
