package vn.tuoitreso.shared;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload component's own texts (progress, errors, buttons) in the person's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload translate(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop")).setMany(t(upload, "upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "upload.add")).setMany(t(upload, "upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.tooMany"))
                .setFileIsTooBig(t(upload, "upload.tooBig")).setIncorrectFileType(t(upload, "upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.connecting"))
                        .setStalled(t(upload, "upload.stalled")).setProcessing(t(upload, "upload.processing"))
                        .setHeld(t(upload, "upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(upload, "upload.remaining"))
                        .setUnknown(t(upload, "upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(upload, "upload.serverUnavailable"))
                        .setUnexpectedServerError(t(upload, "upload.serverError"))
                        .setForbidden(t(upload, "upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "upload.retry")).setStart(t(upload, "upload.start"))
                .setRemove(t(upload, "upload.remove")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB")));
        upload.setI18n(i18n);
        return upload;
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
