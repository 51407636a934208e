package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.RuleViolationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What a case file may be, checked by content: its first bytes must match its extension (a renamed .html or .exe is
 * refused), and the stored content type comes from the extension, never from the browser. Documents and photos at
 * most 10 MB; a video (.mp4, .webm) at most the configured limit.
 */
final class CaseFileCheck {

    static final long DOCUMENT_MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {0x25, 0x50, 0x44, 0x46};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47};
    private static final byte[] WEBM = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final byte[] FTYP = {0x66, 0x74, 0x79, 0x70};

    private record Type(String contentType, byte[] magic, int offset) {
    }

    private static final Map<String, Type> DOCUMENTS = Map.ofEntries(
            Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP, 0)),
            Map.entry("pptx", new Type("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP, 0)),
            Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP, 0)),
            Map.entry("doc", new Type("application/msword", OLE, 0)),
            Map.entry("ppt", new Type("application/vnd.ms-powerpoint", OLE, 0)),
            Map.entry("pdf", new Type("application/pdf", PDF, 0)),
            Map.entry("jpg", new Type("image/jpeg", JPEG, 0)),
            Map.entry("jpeg", new Type("image/jpeg", JPEG, 0)),
            Map.entry("png", new Type("image/png", PNG, 0)));

    private static final Map<String, Type> VIDEOS = Map.of(
            "mp4", new Type("video/mp4", FTYP, 4),
            "m4v", new Type("video/mp4", FTYP, 4),
            "webm", new Type("video/webm", WEBM, 0));

    private CaseFileCheck() {
    }

    /** The content type of an attachment of the given kind, or a rule violation naming the file. */
    static String contentTypeOf(FileKind kind, String filename, byte[] content, long videoMaxBytes) {
        String name = filename == null ? "" : filename;
        if (content == null || content.length == 0) {
            throw new RuleViolationException("lessonstudy.error.fileEmpty", name);
        }
        boolean video = kind == FileKind.VIDEO;
        long max = video ? videoMaxBytes : DOCUMENT_MAX_BYTES;
        if (content.length > max) {
            throw new RuleViolationException("lessonstudy.error.fileTooLarge", name, max / 1024 / 1024);
        }
        Type type = typeOf(name, video ? VIDEOS : DOCUMENTS);
        if (type == null || !matches(content, type)) {
            throw new RuleViolationException(video ? "lessonstudy.error.videoType" : "lessonstudy.error.fileType", name);
        }
        return type.contentType();
    }

    /** A draft's upload: .docx (text extracted) or .pdf (kept as a file). */
    static DraftFormat draftFormatOf(String filename, byte[] content) {
        String name = filename == null ? "" : filename;
        if (content == null || content.length == 0) {
            throw new RuleViolationException("lessonstudy.error.fileEmpty", name);
        }
        if (content.length > DOCUMENT_MAX_BYTES) {
            throw new RuleViolationException("lessonstudy.error.fileTooLarge", name, DOCUMENT_MAX_BYTES / 1024 / 1024);
        }
        String ext = extension(name);
        if (ext.equals("docx") && matches(content, DOCUMENTS.get("docx"))) {
            return DraftFormat.DOCX;
        }
        if (ext.equals("pdf") && matches(content, DOCUMENTS.get("pdf"))) {
            return DraftFormat.PDF;
        }
        throw new RuleViolationException("lessonstudy.error.draftFileType", name);
    }

    static String contentType(DraftFormat format) {
        return DOCUMENTS.get(format == DraftFormat.PDF ? "pdf" : "docx").contentType();
    }

    private static Type typeOf(String name, Map<String, Type> types) {
        return types.get(extension(name));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean matches(byte[] content, Type type) {
        int end = type.offset() + type.magic().length;
        return content.length >= end
                && Arrays.equals(Arrays.copyOfRange(content, type.offset(), end), type.magic());
    }

    /** The name as stored: without a path, at most 255 characters. */
    static String cleanName(String filename) {
        String name = filename == null ? "file" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
