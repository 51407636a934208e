/**
 * The seeded demo school loaded on first start in the default embedded profile.
 */
package cn.hezuo.demo;
