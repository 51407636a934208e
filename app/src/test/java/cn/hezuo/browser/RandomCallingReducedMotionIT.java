package cn.hezuo.browser;

/** {@link RandomCallingIT} for a user whose system asks for reduced motion (no slot-machine animation). */
class RandomCallingReducedMotionIT extends RandomCallingIT {

    @Override
    protected boolean reducedMotion() {
        return true;
    }
}
