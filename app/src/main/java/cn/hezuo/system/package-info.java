/**
 * Cross-cutting web concerns: security configuration, exception pages, locale, first start, scheduling, and small shared helpers.
 */
package cn.hezuo.system;
