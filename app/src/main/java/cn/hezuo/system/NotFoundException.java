package cn.hezuo.system;

/** Thrown when a requested record does not exist (or is not visible to the caller's school); maps to 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
