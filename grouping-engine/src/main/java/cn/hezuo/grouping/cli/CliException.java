package cn.hezuo.grouping.cli;

/** Bad command-line input: printed as one line on stderr, exit code 2. */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
