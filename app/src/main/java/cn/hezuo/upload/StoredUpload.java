package cn.hezuo.upload;

/**
 * An uploaded file waiting to be confirmed: who uploaded it, for what, its bytes, and what parsing it found when it
 * was uploaded ({@code preview}, in the importing feature's own format; null when none was kept).
 */
public record StoredUpload(String id, long schoolId, String owner, String purpose, Long targetId, String filename,
                           byte[] content, byte[] preview) {

    public StoredUpload(String id, long schoolId, String owner, String purpose, Long targetId, String filename,
                        byte[] content) {
        this(id, schoolId, owner, purpose, targetId, filename, content, null);
    }
}
