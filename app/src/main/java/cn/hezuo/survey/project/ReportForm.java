package cn.hezuo.survey.project;

import jakarta.validation.constraints.Size;

/** The teacher's own parts of the 课题研究工作总结: 一、研究方式 and 三、反思展望 (二 is computed). */
public record ReportForm(
        @Size(max = 4000, message = "{validation.reportForm.methodText.size}") String methodText,
        @Size(max = 4000, message = "{validation.reportForm.reflection.size}") String reflection,
        int version) {
}
