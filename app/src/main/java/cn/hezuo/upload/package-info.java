/**
 * The one staged import (upload → preview → confirm) every import of the app goes through, and the uploads waiting
 * between preview and confirm, kept in the database so that any app node behind a load balancer can serve the
 * confirm step. A feature adds an import by declaring an {@link cn.hezuo.upload.ImportKind} bean.
 */
package cn.hezuo.upload;
