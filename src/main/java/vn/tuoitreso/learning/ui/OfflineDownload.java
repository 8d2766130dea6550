package vn.tuoitreso.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import vn.tuoitreso.learning.OfflineCourses;

/** A link that downloads the whole course as one file for reading without a connection. */
class OfflineDownload extends Anchor {

    OfflineDownload(OfflineCourses offline, String courseSlug) {
        super(DownloadHandler.fromInputStream(event -> {
            OfflineCourses.OfflineFile file = offline.download(courseSlug);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                    "text/html; charset=utf-8", file.content().length);
        }), "");
        addClassName("offline-download");
        add(VaadinIcon.DOWNLOAD.create());
        add(getTranslation("learning.offline"));
        setTitle(getTranslation("learning.offline.help"));
    }
}
