/**
 * 帮扶对子: one-to-one help pairs inside groups, proposed from a subject's latest exam (strongest with weakest of the
 * same group, keep-apart respected), edited and saved by the head teacher, with short check-ins by either partner or
 * a teacher. Students see their partner and the check-ins, never what formed the pair.
 */
package cn.hezuo.mutualhelp.pairs;
