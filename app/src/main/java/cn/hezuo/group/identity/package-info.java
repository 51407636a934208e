/** A group's identity (组名, 组训), its goals (期中/期末/学年 with a status) and its members' personal goals. */
package cn.hezuo.group.identity;
