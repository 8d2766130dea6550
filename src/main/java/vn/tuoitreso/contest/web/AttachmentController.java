package vn.tuoitreso.contest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tuoitreso.contest.AttachmentFile;
import vn.tuoitreso.contest.Attachments;
import vn.tuoitreso.shared.InvalidInputException;

/**
 * Downloads an attachment. The service decides who may read it on every request; to anyone else the file
 * does not exist (404), so its existence is not revealed either.
 */
@RestController
class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/files/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
        AttachmentFile file;
        try {
            file = attachments.download(id);
        } catch (InvalidInputException notFound) {
            return ResponseEntity.notFound().build();
        }
        InputStream content = file.content().open();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .body(new InputStreamResource(content));
    }
}
