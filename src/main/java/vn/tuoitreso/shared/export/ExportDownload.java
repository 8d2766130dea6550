package vn.tuoitreso.shared.export;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import vn.tuoitreso.shared.Icons;

/**
 * A link that writes a file straight into the browser's download when it is clicked: nothing is collected into
 * a byte array first, so a list of any length costs the server the same memory.
 */
public class ExportDownload extends Anchor {

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
            try (OutputStream out = event.getOutputStream()) {
                content.writeTo(out);
            }
        };
    }
}
