package cn.hezuo.browser;

/** {@link CallingAwardIT} for a user whose system asks for reduced motion (no slot-machine animation). */
class CallingAwardReducedMotionIT extends CallingAwardIT {

    @Override
    protected boolean reducedMotion() {
        return true;
    }
}
