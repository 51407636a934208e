/**
 * The audit log: every write, who made it and what changed, and the admin's page to read it.
 */
package cn.hezuo.audit;
