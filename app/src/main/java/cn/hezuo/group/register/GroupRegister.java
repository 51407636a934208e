package cn.hezuo.group.register;

import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.roles.AssignedRole;
import java.util.List;

/** 学习互助小组登记表 of a class: every group with identity, goals and members (numbers, roles, personal goals). */
record GroupRegister(String className, String headTeacher, int week, List<Entry> groups) {

    public record Entry(StudyGroup group, List<Member> members) {
    }

    public record Member(int memberNo, String name, List<AssignedRole> roles, String shortTerm, String longTerm) {
    }
}
