package cn.hezuo.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the template states them, not passed through the static-resource chain.
 *
 * <p>With the webjar locator on the classpath Spring Boot registers {@link ResourceUrlEncodingFilter}, which asks the
 * resource chain about every link a template builds. The static handler is mapped to {@code /**}, so a link such as
 * {@code /classes/12/groups} was looked up as a file in four classpath folders across every jar and, being no file,
 * never cached: a third of the server's CPU per page (profiled on {@code AuthorizationTest}). Declaring the filter
 * here makes Boot leave its own out, and the registration keeps it off. Version-less webjar URLs such as
 * {@code /webjars/htmx.org/dist/htmx.min.js} still resolve when the browser requests them (the locator is part of
 * the handler's chain); the links just stay version-less.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinks {

    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff(ResourceUrlEncodingFilter filter) {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
