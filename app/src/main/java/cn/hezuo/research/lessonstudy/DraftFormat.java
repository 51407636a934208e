package cn.hezuo.research.lessonstudy;

/** How a draft came in: written online (TEXT), an uploaded .docx (its text extracted) or a .pdf (file only). */
public enum DraftFormat {
    TEXT, DOCX, PDF;

    boolean hasText() {
        return this != PDF;
    }
}
