package vn.tuoitreso.certificate.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made on the server when clicked. */
class PdfDownload extends Anchor {

    PdfDownload(String text, String fileName, String contentType, Supplier<byte[]> content) {
        super(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        add(VaadinIcon.DOWNLOAD.create());
        add(text);
        addClassName("file-download");
    }
}
