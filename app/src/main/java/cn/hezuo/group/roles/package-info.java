/**
 * Roles inside groups: the class's role scheme (rotating functional roles or the leadership scheme), hand overrides
 * kept with their term week, leader nominations, and {@link cn.hezuo.group.roles.GroupRoleQuery}, the public question
 * "who holds which role in week n" other features ask. Also who may see or edit a group's life.
 */
package cn.hezuo.group.roles;
