package cn.hezuo.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Upload size per endpoint. The servlet container's multipart limit ({@code spring.servlet.multipart.max-file-size},
 * 60 MB) is the ceiling, needed by the exam score import where a district file is about 26 MB as CSV and
 * 30–40 MB as .xlsx; every other upload (a
 * roster, a photo) keeps the 10 MB limit it always had. Both end in the same 413 page
 * ({@link MaxUploadSizeExceededException}), and an over-size body is rejected before it is parsed.
 *
 * <p>Named {@code multipartResolver}, so it replaces Spring Boot's default resolver.
 */
@Component("multipartResolver")
public class UploadSizeResolver extends StandardServletMultipartResolver {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long LARGE_MAX_FILE_BYTES = 60L * 1024 * 1024;

    /** The form fields and multipart headers around the file. */
    private static final long REQUEST_OVERHEAD = 1024 * 1024;

    /**
     * POST endpoints that take large files: the exam score import, and a lesson-study step's files (a lesson video;
     * the research service holds documents to 10 MB and videos to its own configurable limit).
     */
    private static final List<Pattern> LARGE_UPLOADS = List.of(Pattern.compile("/exams/\\d+/import"),
            Pattern.compile("/research/cases/\\d+/steps/\\d+/files"));

    @Override
    public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit + REQUEST_OVERHEAD) {
            throw new MaxUploadSizeExceededException(limit);
        }
        MultipartHttpServletRequest multipart = super.resolveMultipart(request);
        for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
            for (MultipartFile file : files) {
                if (file.getSize() > limit) {
                    throw new MaxUploadSizeExceededException(limit);
                }
            }
        }
        return multipart;
    }

    static long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return LARGE_UPLOADS.stream().anyMatch(p -> p.matcher(path).matches())
                ? LARGE_MAX_FILE_BYTES : DEFAULT_MAX_FILE_BYTES;
    }
}
