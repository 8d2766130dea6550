package vn.tuoitreso.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replaces Vaadin's English error page: no stack trace on screen, the details go to the log. */
@AnonymousAllowed
class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error while opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        show("error.unexpected.title", "error.unexpected");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
