package vn.tuoitreso.shared;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file the server makes when it is clicked (certificate, offline course, GIFT export). */
public class FileDownload extends Anchor {

    public FileDownload(String text, String fileName, String contentType, Supplier<byte[]> content) {
        super(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        add(Icons.DOWNLOAD.create());
        add(text);
        addClassName("file-download");
    }
}
