package vn.tuoitreso.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ExportDownloadTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ExportDownload.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level level;

    @BeforeEach
    void capture() {
        level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void release() {
        logger.detachAppender(logs);
        logger.setLevel(level);
    }

    @Test
    void a_download_the_browser_abandons_ends_quietly_with_a_debug_line() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        // as Tomcat's response stream behaves once the browser has closed the connection
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new ClientAbortException(new IOException("Broken pipe"));
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };

        ExportDownload.write("tien-do.csv", gone, out -> out.write("Họ và tên".getBytes(StandardCharsets.UTF_8)));

        assertThat(closed).isTrue();
        assertThat(logs.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG);
        assertThat(logs.list.get(0).getFormattedMessage()).contains("tien-do.csv").contains("ClientAbortException");
    }

    @Test
    void an_abandonment_wrapped_by_the_writer_ends_quietly_too() throws IOException {
        ExportDownload.write("chung-nhan.zip", new ByteArrayOutputStream(), out -> {
            throw new UncheckedIOException(new ClientAbortException(new IOException("Connection reset by peer")));
        });

        assertThat(logs.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.DEBUG);
    }

    @Test
    void any_other_failure_while_writing_still_fails_the_download() {
        assertThatThrownBy(() -> ExportDownload.write("bang-thi-dua.xlsx", new ByteArrayOutputStream(), out -> {
            throw new IOException("Disk full");
        })).isInstanceOf(IOException.class).hasMessage("Disk full");
        assertThat(logs.list).isEmpty();
    }

    @Test
    void a_complete_download_is_written_and_closed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ExportDownload.write("x.csv", out, o -> o.write(new byte[] {1, 2, 3}));

        assertThat(out.toByteArray()).containsExactly(1, 2, 3);
        assertThat(logs.list).isEmpty();
    }
}
