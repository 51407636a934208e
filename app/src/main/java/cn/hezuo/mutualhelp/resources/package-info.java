/**
 * 学习资料共享: notes, 错题 collections and files of a group (group only or the whole class) and of the class, checked
 * by content, images shown from their own endpoint and every other file downloaded; and a student's own 错题本 from
 * their exam results.
 */
package cn.hezuo.mutualhelp.resources;
