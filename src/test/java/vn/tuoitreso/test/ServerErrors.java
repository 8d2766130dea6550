package vn.tuoitreso.test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** What the server logged at ERROR while a journey ran: a journey fails on any of them. */
final class ServerErrors extends AppenderBase<ILoggingEvent> {

    private static final ServerErrors INSTANCE = new ServerErrors();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    static synchronized ServerErrors watch() {
        if (!INSTANCE.isStarted()) {
            INSTANCE.setName("journey-errors");
            INSTANCE.start();
            ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(INSTANCE);
        }
        INSTANCE.errors.clear();
        return INSTANCE;
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
            String thrown = event.getThrowableProxy() == null ? ""
                    : " (" + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage() + ")";
            errors.add(event.getLoggerName() + ": " + event.getFormattedMessage() + thrown);
        }
    }
}
