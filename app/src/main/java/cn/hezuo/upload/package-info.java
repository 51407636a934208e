/**
 * Files uploaded for a two-step action (preview, then confirm) kept in the database, so that any app
 * node behind a load balancer can serve the confirm step.
 */
package cn.hezuo.upload;
