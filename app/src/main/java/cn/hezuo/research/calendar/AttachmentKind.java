package cn.hezuo.research.calendar;

/** 教案, 课件, 照片, 主备稿 (the 集体备课 draft), 其他. */
public enum AttachmentKind {
    LESSON_PLAN, SLIDES, PHOTO, MAIN_DRAFT, OTHER
}
