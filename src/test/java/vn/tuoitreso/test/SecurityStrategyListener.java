package vn.tuoitreso.test;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each application context installs its own Vaadin-aware security context strategy globally, while its
 * method-security interceptors keep the one they were built with. When tests switch between cached contexts
 * (a test with its own beans or properties), this puts the running context's strategy back, so that a log-in
 * made by a test is seen by that context's services.
 */
public class SecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 2100;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }
}
