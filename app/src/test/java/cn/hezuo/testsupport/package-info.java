/**
 * Test support shared by feature tests: throwaway PostgreSQL/MariaDB databases on the machine's servers
 * and a clock tests can move.
 */
package cn.hezuo.testsupport;
