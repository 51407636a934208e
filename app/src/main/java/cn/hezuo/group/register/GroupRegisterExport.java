package cn.hezuo.group.register;

import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.roles.AssignedRole;
import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The 学习互助小组登记表 as .xlsx, laid out the way a head teacher makes it by hand: one block per group. */
@Component
class GroupRegisterExport {

    private final MessageSource messages;

    GroupRegisterExport(MessageSource messages) {
        this.messages = messages;
    }

    ResponseEntity<byte[]> of(GroupRegister register, Locale locale) {
        String title = msg("grouplife.register.heading", locale, register.className());
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet(register.className(), List.of(title)).mergeLastRow(5);
            sheet.row(msg("grouplife.register.class", locale, register.className()), null, null,
                    msg("grouplife.register.headTeacher", locale, register.headTeacher()));
            for (GroupRegister.Entry entry : register.groups()) {
                StudyGroup g = entry.group();
                sheet.row();
                sheet.row(msg("grouplife.group.title", locale, g.getNumber()), msg("grouplife.name", locale),
                        g.getName(), msg("grouplife.motto", locale), g.getMotto()).mergeLastRow(4, 5);
                sheet.row(msg("grouplife.register.goals", locale),
                        msg("grouplife.goal.midterm", locale) + "：" + goal(g.getGoalMidterm(), g.getGoalMidtermStatus(), locale),
                        null, msg("grouplife.goal.final", locale) + "：" + goal(g.getGoalFinal(), g.getGoalFinalStatus(), locale),
                        null, msg("grouplife.goal.year", locale) + "：" + goal(g.getGoalYear(), g.getGoalYearStatus(), locale));
                sheet.row(msg("grouplife.memberNo", locale), msg("grouplife.memberName", locale),
                        msg("grouplife.register.role", locale), msg("grouplife.goal.short", locale),
                        msg("grouplife.goal.long", locale));
                for (GroupRegister.Member m : entry.members()) {
                    sheet.row(m.memberNo(), m.name(), roleText(m.roles(), locale), m.shortTerm(), m.longTerm());
                }
            }
            return ExcelDownload.of(register.className() + "学习互助小组登记表.xlsx", xlsx.toBytes());
        }
    }

    private String roleText(List<AssignedRole> list, Locale locale) {
        if (list.isEmpty()) {
            return msg("grouplife.role.member", locale);
        }
        return list.stream().map(r -> r.messageKey() == null ? r.label() : msg(r.messageKey(), locale, r.label()))
                .collect(Collectors.joining("、"));
    }

    private String goal(String text, String status, Locale locale) {
        if (text == null) {
            return "";
        }
        return status == null ? text : text + "（" + msg("grouplife.goal.status." + status, locale) + "）";
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
