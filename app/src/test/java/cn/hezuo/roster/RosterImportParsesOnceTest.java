package cn.hezuo.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.spreadsheet.RowHandler;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.testsupport.HezuoTest;
import cn.hezuo.testsupport.SpreadsheetReaderSpy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, item 9: the upload is parsed once and the preview kept with it; a failure nobody foresaw (the heap running
 * out) still ends on the upload page in Chinese. The shared context's reader is a spy
 * ({@link SpreadsheetReaderSpy}), so it counts the parses; stubbing is reset after each test.
 */
@HezuoTest
class RosterImportParsesOnceTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolSetupService setup;
    @Autowired SchoolClassRepository classes;
    @Autowired TransactionTemplate tx;
    @Autowired SpreadsheetReader reader;

    private HezuoUser admin;
    private SchoolClass schoolClass;

    @AfterEach
    void realReaderAgain() {
        Mockito.reset(reader);
    }

    @BeforeEach
    void freshClass() {
        Mockito.clearInvocations(reader);
        admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass any = classes.findAll().get(0);
        schoolClass = tx.execute(s -> setup.createClass(admin.schoolId(), any.getGradeId(),
                "解析测试" + System.nanoTime() % 1_000_000 + "班", null));
    }

    private long parses() {
        return Mockito.mockingDetails(reader).getInvocations().stream()
                .filter(i -> i.getMethod().getName().equals("read") || i.getMethod().getName().equals("stream"))
                .count();
    }

    @Test
    void laterVisitsOfThePreviewDoNotParseTheFileAgain() throws Exception {
        byte[] file = RosterImportFlowTest.xlsx(new String[] {"学号", "姓名", "性别"},
                new String[] {"0930001", "孔一", "男"}, new String[] {"0930002", "曹二", "未知"});
        MvcResult uploaded = mvc.perform(multipart("/classes/" + schoolClass.getId() + "/import")
                        .file(new MockMultipartFile("file", "名单.xlsx", "application/octet-stream", file))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long afterUpload = parses();
        assertThat(afterUpload).isPositive();
        for (int i = 0; i < 3; i++) {
            String page = mvc.perform(get(uploaded.getResponse().getRedirectedUrl()).with(user(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("孔一").contains("第3行「性别」列");
        }
        assertThat(parses()).isEqualTo(afterUpload);
    }

    @Test
    void runningOutOfMemoryOnUploadShowsAChineseMessageOnThePage() throws Exception {
        doThrow(new OutOfMemoryError("Java heap space")).when(reader).stream(any(), any(), any(RowHandler.class));
        doThrow(new OutOfMemoryError("Java heap space")).when(reader).read(any(), any(byte[].class));
        byte[] file = RosterImportFlowTest.xlsx(new String[] {"学号", "姓名", "性别"},
                new String[] {"0931001", "严三", "女"});
        MvcResult result = mvc.perform(multipart("/classes/" + schoolClass.getId() + "/import")
                        .file(new MockMultipartFile("file", "名单.xlsx", "application/octet-stream", file))
                        .with(user(admin)).with(csrf())).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        assertThat(result.getResponse().getContentAsString()).contains("id=\"upload-error\"")
                .contains("文件没能处理完");
    }
}
