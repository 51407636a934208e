package cn.hezuo.group;

/** A plan is a DRAFT while the teacher previews and adjusts it, SAVED once named and kept. */
enum PlanStatus {
    DRAFT, SAVED
}
