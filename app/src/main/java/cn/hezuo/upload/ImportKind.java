package cn.hezuo.upload;

import cn.hezuo.account.HezuoUser;

/**
 * One kind of staged import (a class roster, an exam's scores …), run by {@link StagedImport}: the feature says
 * who may import into which target, how a file is parsed, what the preview keeps, and how the rows are written.
 * A feature adds an import by declaring one Spring bean of this type; {@link ImportKinds} finds it.
 *
 * @param <R> the parse result: every checked row and the problems
 * @param <V> the preview kept with the upload and shown before confirming (a record; for a small file it may be the
 *            parse result itself)
 */
public interface ImportKind<R extends ImportPreview, V extends ImportPreview> {

    /** The {@code upload.purpose} of this kind's uploads, unique among kinds, e.g. {@code roster-import}. */
    String purpose();

    /** The class of the kept preview, for {@link PreviewCodec}. */
    Class<V> previewType();

    /**
     * The prefix of this kind's messages: {@code <prefix>.error.notConfirmable} (confirm of a file with problems) and
     * {@code <prefix>.error.alreadyImported} (a confirm retried after success, or an expired upload).
     */
    String messagePrefix();

    /** Refuses (403/404) a user who may not import into the target. */
    void requireAccess(HezuoUser user, long targetId);

    /**
     * Parses the file, as a stream, against what is stored now. Bad files throw
     * {@link cn.hezuo.spreadsheet.SpreadsheetException} naming the limit.
     *
     * @param kept the preview kept with the upload, carrying choices the teacher made on it (e.g. the 学号 padding
     *             the roster import offers); null on upload
     */
    R parse(HezuoUser user, long targetId, String filename, byte[] content, V kept);

    /** What the preview page shows of a parse: kept with the upload, so the preview never parses again. */
    V preview(HezuoUser user, long targetId, R parsed);

    /**
     * Writes every row. Called inside the confirm's transaction, after the parse had no problem and the upload row was
     * deleted; anything thrown rolls both back.
     */
    void apply(HezuoUser user, long targetId, String filename, R parsed);
}
