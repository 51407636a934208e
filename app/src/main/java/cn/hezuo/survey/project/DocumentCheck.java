package cn.hezuo.survey.project;

import cn.hezuo.system.RuleViolationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a 课题 document may be: Word (.docx/.doc/.wps), PDF, slides or a sheet, at most {@value #MAX_BYTES} bytes, and
 * its first bytes must match its extension (a renamed .html or .exe is refused). The stored content type comes from
 * the extension, never from the browser.
 */
final class DocumentCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {0x25, 0x50, 0x44, 0x46};

    private record Type(String contentType, byte[] magic) {
    }

    private static final Map<String, Type> TYPES = Map.of(
            "docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
            "pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
            "xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "doc", new Type("application/msword", OLE),
            "wps", new Type("application/vnd.ms-works", OLE),
            "ppt", new Type("application/vnd.ms-powerpoint", OLE),
            "pdf", new Type("application/pdf", PDF));

    private DocumentCheck() {
    }

    /** The content type to store, or a rule violation naming the file. */
    static String contentTypeOf(String filename, byte[] content) {
        String name = filename == null ? "" : filename;
        if (content == null || content.length == 0) {
            throw new RuleViolationException("project.error.fileEmpty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("project.error.fileTooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        int dot = name.lastIndexOf('.');
        Type type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null || content.length < type.magic().length
                || !Arrays.equals(Arrays.copyOf(content, type.magic().length), type.magic())) {
            throw new RuleViolationException("project.error.fileType", name);
        }
        return type.contentType();
    }

    /** The name as stored: without a path, at most 255 characters. */
    static String cleanName(String filename) {
        String name = filename == null ? "file" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
