package cn.hezuo.mutualhelp.resources;

import cn.hezuo.system.RuleViolationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The files of shared resources: what may be kept (decided by the first bytes, never the name or the browser's
 * claim), and the bytes themselves (plain JDBC, bytea / longblob, so a list of resources never loads them).
 * Images (JPEG, PNG, GIF, WebP) are shown from their own endpoint with their checked type; PDF, Office files and
 * plain UTF-8 text are only ever downloaded. HTML, SVG, scripts and anything unknown are refused.
 */
@Component
class ResourceFiles {

    /** 10 MB: a scanned page or a set of slides; larger files get a message naming the limit. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final JdbcTemplate jdbc;

    ResourceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The checked content type of an upload, or a Chinese refusal naming the file. */
    static String contentTypeOf(String name, byte[] b) {
        if (b == null || b.length == 0) {
            throw new RuleViolationException("mutualhelp.resources.error.fileEmpty", name);
        }
        if (b.length > MAX_BYTES) {
            throw new RuleViolationException("mutualhelp.resources.error.fileSize", name, MAX_BYTES / (1024 * 1024));
        }
        String ext = extension(name);
        if (starts(b, JPEG)) {
            return "image/jpeg";
        }
        if (starts(b, PNG)) {
            return "image/png";
        }
        if (starts(b, GIF)) {
            return "image/gif";
        }
        if (b.length >= 12 && starts(b, new byte[] {'R', 'I', 'F', 'F'})
                && Arrays.equals(Arrays.copyOfRange(b, 8, 12), new byte[] {'W', 'E', 'B', 'P'})) {
            return "image/webp";
        }
        if (starts(b, PDF)) {
            return "application/pdf";
        }
        if (starts(b, ZIP) && List.of("docx", "xlsx", "pptx").contains(ext)) {
            return switch (ext) {
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                default -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            };
        }
        if (starts(b, OLE) && List.of("doc", "xls", "ppt").contains(ext)) {
            return switch (ext) {
                case "doc" -> "application/msword";
                case "xls" -> "application/vnd.ms-excel";
                default -> "application/vnd.ms-powerpoint";
            };
        }
        if (ext.equals("txt") && plainText(b)) {
            return "text/plain;charset=UTF-8";
        }
        throw new RuleViolationException("mutualhelp.resources.error.fileType", name);
    }

    /** The name as kept: no path, at most 255 characters. */
    static String cleanName(String filename) {
        String name = filename == null || filename.isBlank() ? "file" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    void save(long resourceId, long schoolId, byte[] bytes) {
        jdbc.update("insert into mh_resource_file (resource_id, school_id, bytes) values (?, ?, ?)", resourceId,
                schoolId, bytes);
    }

    Optional<byte[]> find(long resourceId, long schoolId) {
        return jdbc.query("select bytes from mh_resource_file where resource_id = ? and school_id = ?",
                (rs, n) -> rs.getBytes(1), resourceId, schoolId).stream().findFirst();
    }

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] b, byte[] magic) {
        return b.length >= magic.length && Arrays.equals(Arrays.copyOf(b, magic.length), magic);
    }

    /** Valid UTF-8 without control characters other than tab and line breaks, and not markup. */
    private static boolean plainText(byte[] b) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            boolean controls = text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
            return !controls && !text.stripLeading().startsWith("<");
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
