package cn.hezuo.school;

/**
 * Fills an empty database with a whole school instead of the empty first school: the demo module provides one.
 * {@link FirstStart} uses it when demo mode is on; an interface so that no feature depends on the demo.
 */
public interface SchoolSeed {

    void load();
}
