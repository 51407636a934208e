/**
 * The command-line tool ({@code java -jar grouping-engine.jar --help}): reads a class list from a
 * UTF-8 or GBK CSV file, maps columns and teacher-friendly options onto the engine's API, writes
 * {@code id,group} and prints a balance report. Errors are one line on stderr with exit code 2.
 */
package cn.hezuo.grouping.cli;
