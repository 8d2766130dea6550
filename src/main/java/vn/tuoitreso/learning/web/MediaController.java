package vn.tuoitreso.learning.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tuoitreso.learning.Media;

/** Serves course pictures and handouts; an asset never changes, so browsers keep it for a year. */
@RestController
class MediaController {

    private final Media media;

    MediaController(Media media) {
        this.media = media;
    }

    @GetMapping("/media/{id}/{name}")
    ResponseEntity<byte[]> get(@PathVariable long id, @PathVariable String name) {
        return media.file(id)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(file.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                        .header(HttpHeaders.CONTENT_DISPOSITION, (file.contentType().startsWith("image/")
                                ? ContentDisposition.inline() : ContentDisposition.attachment())
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(file.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
