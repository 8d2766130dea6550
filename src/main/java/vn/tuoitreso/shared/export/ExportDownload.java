package vn.tuoitreso.shared.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.DisconnectedClientHelper;
import vn.tuoitreso.shared.Icons;

/**
 * A link that writes a file straight into the browser's download when it is clicked: nothing is collected into
 * a byte array first, so a list of any length costs the server the same memory. A download the browser abandons
 * (a weak connection, a closed tab) is normal, not an error: it is noted at DEBUG.
 */
public class ExportDownload extends Anchor {

    private static final Logger log = LoggerFactory.getLogger(ExportDownload.class);

    /** Writes the file's content to the response. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public ExportDownload(String text, String fileName, String contentType, Content content) {
        super(handler(fileName, contentType, content), "");
        add(Icons.DOWNLOAD.create());
        add(text);
        addClassName("file-download");
    }

    /** A CSV link for a sheet made when the link is clicked. */
    public static ExportDownload csv(String text, String fileName, java.util.function.Supplier<Sheet> sheet) {
        return new ExportDownload(text, fileName, Exports.CSV_TYPE, out -> Exports.csv(sheet.get(), out));
    }

    /** An XLSX link for a sheet made when the link is clicked. */
    public static ExportDownload xlsx(String text, String fileName, java.util.function.Supplier<Sheet> sheet) {
        return new ExportDownload(text, fileName, Exports.XLSX_TYPE, out -> Exports.xlsx(sheet.get(), out));
    }

    static DownloadHandler handler(String fileName, String contentType, Content content) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            write(fileName, event.getOutputStream(), content);
        };
    }

    /** Writes the content and closes the response's stream; a browser gone meanwhile ends the writing quietly. */
    static void write(String fileName, OutputStream response, Content content) throws IOException {
        try (OutputStream out = response) {
            content.writeTo(out);
        } catch (IOException | UncheckedIOException e) {
            // a writer inside a lambda (the certificates' ZIP) wraps what the response threw
            if (!DisconnectedClientHelper.isClientDisconnectedException(e)) {
                throw e;
            }
            log.debug("Download of {} abandoned by the browser: {}", fileName, e.toString());
        }
    }
}
