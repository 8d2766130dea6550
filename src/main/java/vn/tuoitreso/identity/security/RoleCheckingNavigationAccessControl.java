package vn.tuoitreso.identity.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import java.util.Collection;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Vaadin's navigation access control, without one lookup per check. Vaadin Spring asks its {@code Lookup} for the
 * role prefix holder at every access check (twice per navigation, and once per entry whenever a menu is built),
 * and that lookup always reads the service files of every jar of the application as well: a tenth of the server's
 * processor time under load (README "Capacity"). Once the holder knows the prefix, which it learns at the first
 * request, the roles are those of the request, as Vaadin's own checker then answers.
 */
class RoleCheckingNavigationAccessControl extends SpringNavigationAccessControl {

    private final VaadinRolePrefixHolder rolePrefix;

    RoleCheckingNavigationAccessControl(Collection<NavigationAccessChecker> checkers,
            AccessCheckDecisionResolver decisionResolver, VaadinRolePrefixHolder rolePrefix) {
        super(checkers, decisionResolver);
        this.rolePrefix = rolePrefix;
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        if (request == null || !rolePrefix.isSet() || isWebsocketPush(request)) {
            return super.getRolesChecker(request);
        }
        return request::isUserInRole;
    }

    private static boolean isWebsocketPush(VaadinRequest request) {
        return HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)
                && "websocket".equals(request.getHeader("X-Atmosphere-Transport"));
    }

    /** Builds this one, with the same checkers and settings, in place of the one Vaadin's configuration made. */
    static BeanPostProcessor replacing(ObjectProvider<NavigationAccessControlConfigurer> configurer,
            ObjectProvider<NavigationAccessChecker> checkers, ObjectProvider<VaadinRolePrefixHolder> rolePrefix) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean.getClass() == SpringNavigationAccessControl.class) {
                    return configurer.getObject().build((list, resolver) -> new RoleCheckingNavigationAccessControl(
                            list, resolver, rolePrefix.getObject()), checkers.orderedStream().toList());
                }
                return bean;
            }
        };
    }
}
