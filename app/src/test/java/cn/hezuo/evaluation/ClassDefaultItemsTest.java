package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.testsupport.HezuoTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, item 12: a class gets its default evaluation items when it is created (the {@code ClassCreated} event),
 * never as a side effect of someone opening a page; a class from before that has none gets a button.
 */
@HezuoTest
class ClassDefaultItemsTest {

    @Autowired MockMvc mvc;

    @Autowired cn.hezuo.testsupport.TestClasses testClasses;
    @Autowired UserDetailsService users;
    @Autowired SchoolSetupService setup;
    @Autowired SchoolClassRepository classes;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    private HezuoUser admin;
    private SchoolClass template;

    @BeforeEach
    void admin() {
        admin = (HezuoUser) users.loadUserByUsername("admin");
        template = classes.findAll().get(0);
    }

    private String uniqueName() {
        return "默认项目" + System.nanoTime() % 1_000_000 + "班";
    }

    private int items(long classId) {
        return jdbc.queryForObject("select count(*) from eval_item where class_id = ?", Integer.class, classId);
    }

    private int auditLines() {
        return jdbc.queryForObject("select count(*) from audit_log", Integer.class);
    }

    /** A class as it was before this change: created without items (no event). */
    private SchoolClass classWithoutItems() {
        return testClasses.aClass("默认项目").build().schoolClass();
    }

    @Test
    void aNewClassHasTheDefaultItemsRightAfterItIsCreatedNamedInTheAdminsLanguage() {
        SchoolClass chinese = tx.execute(s -> setup.createClass(admin.schoolId(), template.getGradeId(), uniqueName(),
                null, Locale.SIMPLIFIED_CHINESE));
        SchoolClass english = tx.execute(s -> setup.createClass(admin.schoolId(), template.getGradeId(), uniqueName(),
                null, Locale.ENGLISH));
        assertThat(items(chinese.getId())).isEqualTo(10);
        assertThat(jdbc.queryForList("select name from eval_item where class_id = ?", String.class, chinese.getId()))
                .contains("积极发言");
        assertThat(jdbc.queryForList("select name from eval_item where class_id = ?", String.class, english.getId()))
                .hasSize(10).noneMatch(n -> n.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
    }

    @Test
    void openingTheEvaluationPagesOfAClassWithoutItemsWritesNothingAndOffersTheDefaults() throws Exception {
        SchoolClass old = classWithoutItems();
        int auditBefore = auditLines();
        for (String page : new String[] {"/evaluation", "/evaluation/phone", "/evaluation/items", "/calling"}) {
            String html = mvc.perform(get("/classes/" + old.getId() + page).with(user(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!page.equals("/calling")) {
                assertThat(html).as(page).contains("evaluation/items/defaults");
            }
        }
        assertThat(items(old.getId())).isZero();
        assertThat(auditLines()).isEqualTo(auditBefore);
    }

    @Test
    void theDefaultsButtonCreatesThemOnceAndARetryAddsNothing() throws Exception {
        SchoolClass old = classWithoutItems();
        int auditBefore = auditLines();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/classes/" + old.getId() + "/evaluation/items/defaults").with(user(admin)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(items(old.getId())).isEqualTo(10);
        assertThat(auditLines()).isEqualTo(auditBefore + 1);
    }

    @Test
    void aStudentCannotCreateTheDefaults() throws Exception {
        SchoolClass old = classWithoutItems();
        HezuoUser student = (HezuoUser) users.loadUserByUsername(
                jdbc.queryForObject("select a.username from account a where a.role = 'STUDENT' order by a.id limit 1",
                        String.class));
        mvc.perform(post("/classes/" + old.getId() + "/evaluation/items/defaults").with(user(student)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(items(old.getId())).isZero();
    }
}
