/** 学习互助小组登记表: every group of a class with identity, members, roles and goals — print page and .xlsx. */
package cn.hezuo.group.register;
