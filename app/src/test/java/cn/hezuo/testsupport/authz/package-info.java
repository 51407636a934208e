/**
 * The authorization table's parts: {@link cn.hezuo.testsupport.authz.Persona}, {@link cn.hezuo.testsupport.authz.Who},
 * {@link cn.hezuo.testsupport.authz.Endpoint}, the shared {@link cn.hezuo.testsupport.authz.AuthzFixture}, and
 * {@link cn.hezuo.testsupport.authz.EndpointRows}, which each feature implements beside its own tests.
 * {@code cn.hezuo.system.AuthorizationTest} is the one gate that runs them.
 */
package cn.hezuo.testsupport.authz;
