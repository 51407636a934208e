package cn.hezuo.research.lessonstudy;

/**
 * Someone saved the draft after this editor opened it. The controller shows the editor's text again with the message
 * (nothing typed is lost) and the version they must start from.
 */
class DraftConflictException extends RuntimeException {

    private final String savedBy;

    DraftConflictException(String savedBy) {
        super("draft changed by " + savedBy);
        this.savedBy = savedBy;
    }

    String savedBy() {
        return savedBy;
    }
}
