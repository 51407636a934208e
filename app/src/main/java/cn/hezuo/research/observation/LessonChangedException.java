package cn.hezuo.research.observation;

/** Someone saved the observed lesson after the editor's form was made; {@code current} is the version now stored. */
class LessonChangedException extends RuntimeException {

    private final int current;

    LessonChangedException(int current) {
        super("observed lesson changed meanwhile");
        this.current = current;
    }

    int current() {
        return current;
    }
}
