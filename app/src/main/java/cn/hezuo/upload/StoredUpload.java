package cn.hezuo.upload;

/** An uploaded file waiting to be confirmed: who uploaded it, for what, and its bytes. */
public record StoredUpload(String id, long schoolId, String owner, String purpose, Long targetId, String filename,
                           byte[] content) {
}
