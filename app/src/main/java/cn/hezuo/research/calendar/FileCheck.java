package cn.hezuo.research.calendar;

import cn.hezuo.system.RuleViolationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What an attachment may be: a document, slides, a sheet or a photo, at most {@value #MAX_BYTES} bytes, and its first
 * bytes must match its extension (a renamed .html or .exe is refused). The stored content type comes from the
 * extension, never from the browser.
 */
final class FileCheck {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {0x25, 0x50, 0x44, 0x46};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};

    private record Type(String contentType, byte[] magic) {
    }

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP)),
            Map.entry("pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP)),
            Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP)),
            Map.entry("doc", new Type("application/msword", OLE)),
            Map.entry("ppt", new Type("application/vnd.ms-powerpoint", OLE)),
            Map.entry("xls", new Type("application/vnd.ms-excel", OLE)),
            Map.entry("wps", new Type("application/vnd.ms-works", OLE)),
            Map.entry("pdf", new Type("application/pdf", PDF)),
            Map.entry("jpg", new Type("image/jpeg", JPEG)),
            Map.entry("jpeg", new Type("image/jpeg", JPEG)),
            Map.entry("png", new Type("image/png", PNG)));

    private FileCheck() {
    }

    /** The content type to store, or a rule violation the page shows (naming the file). */
    static String contentTypeOf(String filename, byte[] content) {
        String name = filename == null ? "" : filename;
        if (content == null || content.length == 0) {
            throw new RuleViolationException("research.error.fileEmpty", name);
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolationException("research.error.fileTooLarge", name, MAX_BYTES / 1024 / 1024);
        }
        int dot = name.lastIndexOf('.');
        Type type = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null || content.length < type.magic().length
                || !Arrays.equals(Arrays.copyOf(content, type.magic().length), type.magic())) {
            throw new RuleViolationException("research.error.fileType", name);
        }
        return type.contentType();
    }

    /** The name as stored: without a path, at most 255 characters. */
    static String cleanName(String filename) {
        String name = filename == null ? "file" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
