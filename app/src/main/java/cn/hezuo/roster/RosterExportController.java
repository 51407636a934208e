package cn.hezuo.roster;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.importing.RosterExportRow;
import cn.hezuo.roster.importing.RosterExporter;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.spreadsheet.ExcelDownload;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Exports a class roster as .xlsx in the import layout, so a teacher can edit it in Excel and import
 * it back. Any teacher of the class may export; the file holds prior scores, which are teacher-only.
 */
@Controller
class RosterExportController {

    private final ClassAccess access;
    private final RosterQuery roster;
    private final RosterExporter exporter;
    private final SubjectDirectory subjects;

    RosterExportController(ClassAccess access, RosterQuery roster, RosterExporter exporter, SubjectDirectory subjects) {
        this.access = access;
        this.roster = roster;
        this.exporter = exporter;
        this.subjects = subjects;
    }

    @GetMapping("/classes/{classId}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId) {
        SchoolClass schoolClass = access.requireView(user, classId);
        List<RosterRow> rows = roster.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO);
        List<Subject> scored = subjects.activeOfSchool(user.schoolId()).stream()
                .filter(s -> rows.stream().anyMatch(r -> r.scores().containsKey(s.getId()))).toList();
        List<RosterExportRow> exportRows = rows.stream().map(r -> {
            Map<String, BigDecimal> byName = new LinkedHashMap<>();
            scored.forEach(s -> {
                BigDecimal score = r.scores().get(s.getId());
                if (score != null) {
                    byName.put(s.getName(), score);
                }
            });
            Student s = r.student();
            // The export is in the import's Chinese layout whatever the UI language, so it re-imports.
            return new RosterExportRow(s.getStudentNo(), s.getName(), s.getGender() == Gender.M ? "男" : "女",
                    s.getPersonality(), s.getNotes(), byName);
        }).toList();
        byte[] body = exporter.export(schoolClass.getName(), exportRows, scored.stream().map(Subject::getName).toList());
        return ExcelDownload.of(schoolClass.getName() + "-花名册.xlsx", body);
    }
}
