package cn.hezuo.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** The 60 MB container ceiling is only for the exam score import; every other upload keeps 10 MB. */
class UploadSizeResolverTest {

    private static MockHttpServletRequest post(String path, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[bytes]);
        return request;
    }

    @Test
    void onlyTheExamScoreImportTakesDistrictSizedFiles() {
        assertThat(UploadSizeResolver.limitFor(post("/exams/12/import", 0)))
                .isEqualTo(UploadSizeResolver.LARGE_MAX_FILE_BYTES);
        assertThat(UploadSizeResolver.limitFor(post("/classes/3/import", 0)))
                .isEqualTo(UploadSizeResolver.DEFAULT_MAX_FILE_BYTES);
        assertThat(UploadSizeResolver.limitFor(post("/exams/12/import/abc/confirm", 0)))
                .isEqualTo(UploadSizeResolver.DEFAULT_MAX_FILE_BYTES);
    }

    @Test
    void aRosterUploadOverTenMegabytesIsRefusedBeforeItIsParsed() {
        MockHttpServletRequest roster = post("/classes/3/import", 12 * 1024 * 1024);

        assertThatThrownBy(() -> new UploadSizeResolver().resolveMultipart(roster))
                .isInstanceOf(MaxUploadSizeExceededException.class);
    }
}
