package vn.tuoitreso.documents.extraction;

/** The outcome the worker reports for one document. */
enum WorkerStatus {
    OK(null),
    ENCRYPTED("documents.failed.encrypted"),
    CORRUPT("documents.failed.corrupt"),
    BOMB("documents.failed.bomb"),
    NESTED("documents.failed.nested"),
    ERROR("documents.failed.worker");

    private final String reasonKey;

    WorkerStatus(String reasonKey) {
        this.reasonKey = reasonKey;
    }

    String reasonKey() {
        return reasonKey;
    }
}
