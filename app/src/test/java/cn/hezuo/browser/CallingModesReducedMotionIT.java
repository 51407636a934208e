package cn.hezuo.browser;

/** {@link CallingModesIT} for a user whose system asks for reduced motion: no animation, the same draws. */
class CallingModesReducedMotionIT extends CallingModesIT {

    @Override
    protected boolean reducedMotion() {
        return true;
    }
}
