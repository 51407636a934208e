package cn.hezuo.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.exam.importing.ScoreImportKind;
import cn.hezuo.exam.importing.ScorePreviewView;
import cn.hezuo.roster.RosterImportKind;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.importing.RosterImportPreview;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.testsupport.HezuoTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Every import of the app is a kind of the one staged flow, and nothing but that flow touches the kept uploads. */
@HezuoTest
class ImportKindsTest {

    @Autowired ImportKinds kinds;
    @Autowired ConfigurableListableBeanFactory beans;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolSetupService setup;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired AuditEntryRepository audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void theRosterAndTheScoreImportAreTheRegisteredKinds() {
        Map<String, ImportKind<?, ?>> all = kinds.all();
        assertThat(all.keySet()).containsExactly(ScoreImportKind.PURPOSE, RosterImportKind.PURPOSE,
                cn.hezuo.survey.questionnaire.PaperImportKind.PURPOSE);
        assertThat(all.get(RosterImportKind.PURPOSE)).isInstanceOf(RosterImportKind.class);
        assertThat(all.get(ScoreImportKind.PURPOSE)).isInstanceOf(ScoreImportKind.class);
        assertThat(all.get(RosterImportKind.PURPOSE).previewType()).isEqualTo(RosterImportPreview.class);
        assertThat(all.get(ScoreImportKind.PURPOSE).previewType()).isEqualTo(ScorePreviewView.class);
    }

    @Test
    void onlyTheStagedFlowUsesTheUploadStore() {
        String[] storeNames = beans.getBeanNamesForType(UploadStore.class);
        assertThat(storeNames).hasSize(1);
        assertThat(Arrays.asList(beans.getDependentBeans(storeNames[0])))
                .containsExactly(beans.getBeanNamesForType(StagedImport.class));
    }

    @Test
    void aRosterConfirmRetriedAfterSuccessWritesNothingTwiceAndSaysSoInChinese() throws Exception {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass any = classes.findAll().get(0);
        SchoolClass schoolClass = tx.execute(s -> setup.createClass(admin.schoolId(), any.getGradeId(),
                "重试" + System.nanoTime() % 1_000_000 + "班", null));
        String no = String.valueOf(9_000_000_000L + System.nanoTime() % 999_999_999L);
        byte[] csv = ("学号,姓名,性别\n" + no + ",王浩,男\n").getBytes(StandardCharsets.UTF_8);
        String location = mvc.perform(multipart("/classes/" + schoolClass.getId() + "/import")
                        .file(new MockMultipartFile("file", "名单.csv", "text/csv", csv))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String uploadId = location.substring(location.lastIndexOf('/') + 1);
        assertThat(jdbc.queryForObject("select purpose from upload where id = ?", String.class, uploadId))
                .isEqualTo(RosterImportKind.PURPOSE);

        String confirm = "/classes/" + schoolClass.getId() + "/import/" + uploadId + "/confirm";
        mvc.perform(post(confirm).with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        long studentsAfterFirst = students.findByClassIdOrderByStudentNoAsc(schoolClass.getId()).size();
        long auditAfterFirst = audit.count();
        assertThat(jdbc.queryForObject("select count(*) from upload where id = ?", Integer.class, uploadId)).isZero();

        String again = mvc.perform(post(confirm).with(user(admin)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("没有重复导入");
        assertThat(students.findByClassIdOrderByStudentNoAsc(schoolClass.getId())).hasSize((int) studentsAfterFirst)
                .hasSize(1);
        assertThat(audit.count()).isEqualTo(auditAfterFirst);
    }
}
