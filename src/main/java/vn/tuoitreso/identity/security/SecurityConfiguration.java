package vn.tuoitreso.identity.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.LoginPage;
import vn.tuoitreso.identity.PublicPaths;

/**
 * Spring Security for the Vaadin views (view access by annotations), form log-in with throttling,
 * and method security so that services check their callers too.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
@EnableConfigurationProperties(LoginPolicy.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler,
            AuthenticationManager authenticationManager, VaadinDefaultRequestCache requestCache,
            Sessions sessions, List<PublicPaths> publicPaths) throws Exception {
        http.authenticationManager(authenticationManager);
        SecurityHeaders.apply(http);
        // After logging in, back to the page asked for, without Spring Security's "?continue" on the address.
        HttpSessionRequestCache sessionCache = new HttpSessionRequestCache();
        sessionCache.setMatchingRequestParameterName(null);
        requestCache.setDelegateRequestCache(sessionCache);
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/**"),
                        path.matcher("/error"), path.matcher("/error/**"), path.matcher("/icons/**"),
                        // the application's styles, which the log-in page needs too
                        path.matcher("/styles/**"))
                .permitAll());
        // The public site's pages (anyone may read them); only reading: a form they show posts elsewhere.
        List<String> open = publicPaths.stream().flatMap(p -> p.patterns().stream()).distinct().toList();
        if (!open.isEmpty()) {
            http.authorizeHttpRequests(auth -> auth.requestMatchers(open.stream()
                    .flatMap(pattern -> java.util.stream.Stream.of(path.matcher(HttpMethod.GET, pattern),
                            path.matcher(HttpMethod.HEAD, pattern)))
                    .toArray(RequestMatcher[]::new)).permitAll());
        }
        // Declared before the Vaadin configurer so that Spring Security does not add its own login page;
        // the failure handler is set on the filter itself, as the Vaadin configurer sets a failure URL.
        http.formLogin(form -> form.loginPage(LoginPage.PATH).withObjectPostProcessor(
                new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
                    @Override
                    public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failureHandler);
                        return filter;
                    }
                }));
        // A change of rights or password ends the person's other sessions on every node (an epoch in the database).
        http.addFilterAt(new SessionCheck(sessions), ConcurrentSessionFilter.class);
        // Vaadin 25 denies whatever it does not know; our own endpoints (downloads) and unknown paths
        // (for the not-found view) need a signed-in person, as before.
        // The log-in form is the public site's plain HTML page, not a Vaadin view; logging out leads to "/".
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginPage.PATH, "/")
                .anyRequest(AuthorizedUrl::authenticated)).build();
    }

    /**
     * The metrics endpoint for Prometheus, administrators only, by HTTP basic: a scraper sends it with every request
     * and keeps no session (a form log-in would need a session cookie and a CSRF token). The same throttled
     * authentication as the form; nothing else of the actuator but the health check is exposed.
     */
    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(path.matcher("/actuator/prometheus"))
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.realmName("tuoitreso-metrics"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The services' {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll}, checked at every call. The views
     * carry the same annotations for Vaadin's navigation access control, which checks them before a view opens;
     * proxying the views too would repeat that check and match every advisor against every method of a view each
     * time one is created, at every navigation (a quarter of the server's time under load).
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250Authorization(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        ClassFilter notAView = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut())
                        .intersection(notAView),
                new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        strategy.ifAvailable(interceptor::setSecurityContextHolderStrategy);
        return interceptor;
    }

    @Bean
    static BeanPostProcessor roleCheckingNavigationAccessControl(
            ObjectProvider<NavigationAccessControlConfigurer> configurer, ObjectProvider<NavigationAccessChecker> checkers,
            ObjectProvider<VaadinRolePrefixHolder> rolePrefix) {
        return RoleCheckingNavigationAccessControl.replacing(configurer, checkers, rolePrefix);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
            AccountRepository accounts, Throttles throttles, LoginPolicy policy, AuthenticationEventPublisher events,
            Clock clock, LoginAdmission admission) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(passwordEncoder);
        dao.setUserDetailsPasswordService(users);
        // Whether an account is disabled is told only to someone who gave its right password.
        dao.setPreAuthenticationChecks(user -> {
        });
        dao.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("disabled");
            }
        });
        ProviderManager manager = new ProviderManager(
                new ThrottlingAuthenticationProvider(dao, accounts, throttles, policy, clock, admission));
        if (events instanceof DefaultAuthenticationEventPublisher publisher) {
            // a throttled log-in is a failure too (SecurityMetrics counts the failure events)
            publisher.setAdditionalExceptionMappings(
                    Map.of(TooManyAttemptsException.class, AuthenticationFailureLockedEvent.class));
        }
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }
}
