package cn.hezuo.upload;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.RuleViolationException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one upload → preview → confirm flow every import goes through:
 * <ol>
 * <li>{@link #upload}: the file is parsed once, as a stream; a bad file fails here with a reason and nothing is
 * stored; else the file (gzip) and its preview ({@link PreviewCodec}) are saved in one {@code upload} row;</li>
 * <li>{@link #preview}: the kept preview is shown, never parsing the file again;</li>
 * <li>{@link #confirm}: one transaction parses the stored file again (the school's data may have changed since),
 * refuses it on any problem, deletes the upload row and writes every row — all or nothing. A second confirm (double
 * click, retry) finds the row gone and writes nothing, saying so ({@code <prefix>.error.alreadyImported}).</li>
 * </ol>
 * Uploads are found by id, owner, purpose and target, so one teacher can never confirm another's upload.
 */
@Service
public class StagedImport {

    private static final Logger LOG = LoggerFactory.getLogger(StagedImport.class);

    private final UploadStore uploads;
    private final ImportKinds kinds;

    StagedImport(UploadStore uploads, ImportKinds kinds) {
        this.uploads = uploads;
        this.kinds = kinds;
    }

    /** Parses the file once and keeps it with its preview; returns the upload's id. */
    @Transactional
    public <R extends ImportPreview, V extends ImportPreview> String upload(ImportKind<R, V> kind, HezuoUser user,
                                                                         long targetId, String filename,
                                                                         byte[] content) {
        requireRegistered(kind);
        kind.requireAccess(user, targetId);
        R parsed = kind.parse(user, targetId, filename, content, null);
        V preview = kind.preview(user, targetId, parsed);
        return uploads.save(user.schoolId(), user.getUsername(), kind.purpose(), targetId, filename,
                StoredContent.pack(content), PreviewCodec.write(preview));
    }

    /** The preview as the upload found it, every problem by row and column, without parsing again. */
    @Transactional(readOnly = true)
    public <R extends ImportPreview, V extends ImportPreview> V preview(ImportKind<R, V> kind, HezuoUser user,
                                                                     long targetId, String uploadId) {
        kind.requireAccess(user, targetId);
        StoredUpload upload = find(kind, user, targetId, uploadId);
        V kept = kept(kind, upload);
        return kept != null ? kept : kind.preview(user, targetId, parse(kind, user, targetId, upload, null));
    }

    /**
     * The teacher made a choice on the preview (e.g. accepted a fix): the file is parsed again under it and the new
     * preview kept in place of the old one.
     *
     * @param choice turns the kept preview into one carrying the choice
     */
    @Transactional
    public <R extends ImportPreview, V extends ImportPreview> V restage(ImportKind<R, V> kind, HezuoUser user,
                                                                     long targetId, String uploadId,
                                                                     UnaryOperator<V> choice) {
        V chosen = choice.apply(preview(kind, user, targetId, uploadId));
        StoredUpload upload = find(kind, user, targetId, uploadId);
        V preview = kind.preview(user, targetId, parse(kind, user, targetId, upload, chosen));
        uploads.replacePreview(uploadId, PreviewCodec.write(preview));
        return preview;
    }

    /** Writes the whole file or nothing and deletes the upload; returns the parse that was applied (for counts). */
    @Transactional
    public <R extends ImportPreview, V extends ImportPreview> R confirm(ImportKind<R, V> kind, HezuoUser user,
                                                                     long targetId, String uploadId) {
        kind.requireAccess(user, targetId);
        StoredUpload upload = find(kind, user, targetId, uploadId);
        R parsed = parse(kind, user, targetId, upload, kept(kind, upload));
        if (!parsed.canConfirm()) {
            throw new RuleViolationException(kind.messagePrefix() + ".error.notConfirmable");
        }
        if (!uploads.delete(uploadId)) {
            // Another confirm of the same upload (double click, retry) won the race: it wrote, this one does not.
            throw alreadyImported(kind);
        }
        kind.apply(user, targetId, upload.filename(), parsed);
        return parsed;
    }

    /** The uploaded file's name, while the upload is kept. */
    public Optional<String> filename(ImportKind<?, ?> kind, HezuoUser user, long targetId, String uploadId) {
        return uploads.find(uploadId, user.getUsername(), kind.purpose(), targetId).map(StoredUpload::filename);
    }

    private <R extends ImportPreview, V extends ImportPreview> R parse(ImportKind<R, V> kind, HezuoUser user,
                                                                    long targetId, StoredUpload upload, V kept) {
        return kind.parse(user, targetId, upload.filename(), StoredContent.unpack(upload.content()), kept);
    }

    /** The kept preview; null when none was kept or it was written in a format of an earlier version. */
    private static <V extends ImportPreview> V kept(ImportKind<?, V> kind, StoredUpload upload) {
        if (upload.preview() == null) {
            return null;
        }
        try {
            return PreviewCodec.read(upload.preview(), kind.previewType());
        } catch (RuntimeException e) {
            LOG.warn("kept preview of upload {} ({}) unreadable, parsing again: {}", upload.id(), kind.purpose(),
                    e.toString());
            return null;
        }
    }

    private StoredUpload find(ImportKind<?, ?> kind, HezuoUser user, long targetId, String uploadId) {
        return uploads.find(uploadId, user.getUsername(), kind.purpose(), targetId)
                .orElseThrow(() -> alreadyImported(kind));
    }

    private static RuntimeException alreadyImported(ImportKind<?, ?> kind) {
        return new RuleViolationException(kind.messagePrefix() + ".error.alreadyImported");
    }

    private void requireRegistered(ImportKind<?, ?> kind) {
        if (!kinds.isRegistered(kind)) {
            throw new IllegalArgumentException("import kind not registered: " + kind.purpose());
        }
    }
}
