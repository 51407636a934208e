/**
 * Logins: accounts and roles, throttled form login, the password policy, initial passwords and changing one's own password.
 */
package cn.hezuo.account;
