package vn.tuoitreso.documents.extraction;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.documents.Detection;
import vn.tuoitreso.documents.DocumentType;
import vn.tuoitreso.documents.ExtractionLimits;
import vn.tuoitreso.documents.ExtractionResult;
import vn.tuoitreso.documents.TextExtractor;
import vn.tuoitreso.documents.TypeCheck;

/**
 * Extracts text in a worker JVM ({@link ExtractionWorker}) so that the application JVM never parses: the file's
 * type is checked first ({@link TypeCheck}, which also inspects ZIP containers for bombs), then the worker parses
 * it with its own heap limit while this side enforces the timeout by killing it. A worker serves up to
 * {@code documentsPerWorker} documents (1: a fresh JVM per document) and is replaced after any failure of the
 * process itself (timeout, out of memory, crash).
 *
 * <p>One worker per instance: calls are serialised; use several instances for parallel extraction. The worker
 * runs with this JVM's class path; from a packed Spring Boot jar it starts through the jar's own launcher.
 * {@link #close()} stops the worker; a worker also ends by itself when this JVM dies (its stdin closes).
 */
public final class WorkerExtractor implements TextExtractor, AutoCloseable {

    public static final String TIMEOUT = "documents.failed.timeout";
    public static final String MEMORY = "documents.failed.memory";
    public static final String WORKER = "documents.failed.worker";
    public static final String IMAGE = "documents.unsupported.image";
    public static final String CUT = "documents.partial.cut";

    /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final String EOF = "\u0000eof";
    /** The worker's whole environment. */
    static final java.util.Map<String, String> WORKER_ENVIRONMENT = java.util.Map.of("LC_ALL", "C.UTF-8");

    private final int documentsPerWorker;
    private final List<String> extraJvmOptions;
    private @Nullable Worker worker;
    private long peakHeapBytes;
    private int workersStarted;

    /** Workers serving 50 documents each. */
    public WorkerExtractor() {
        this(50);
    }

    public WorkerExtractor(int documentsPerWorker) {
        this(documentsPerWorker, List.of());
    }

    /** With extra worker JVM options, e.g. {@code -Dtuoitreso.worker.simulate=hang} in tests. */
    WorkerExtractor(int documentsPerWorker, List<String> extraJvmOptions) {
        if (documentsPerWorker < 1) {
            throw new IllegalArgumentException("documentsPerWorker must be at least 1");
        }
        this.documentsPerWorker = documentsPerWorker;
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
    }

    @Override
    public synchronized ExtractionResult extract(Path file, ExtractionLimits limits) {
        Detection detection = TypeCheck.check(file, limits);
        if (detection instanceof Detection.Refused refused) {
            return new ExtractionResult.Failed(refused.reasonKey(), refused.args());
        }
        DocumentType type = ((Detection.Accepted) detection).type();
        if (!type.hasText()) {
            return new ExtractionResult.Unsupported(IMAGE);
        }
        Path output = null;
        try {
            output = Files.createTempFile("tuoitreso-text-", ".txt");
            return inWorker(file, output, type, limits);
        } catch (IOException | RuntimeException e) {
            // the process could not be started or talked to, or answered nonsense: replace it
            stopWorker();
            return new ExtractionResult.Failed(WORKER);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The highest heap use any worker reported since this instance was made, in bytes. */
    public synchronized long peakHeapBytes() {
        return peakHeapBytes;
    }

    /** How many worker processes this instance started. */
    public synchronized int workersStarted() {
        return workersStarted;
    }

    @Override
    public synchronized void close() {
        stopWorker();
    }

    private ExtractionResult inWorker(Path file, Path output, DocumentType type, ExtractionLimits limits)
            throws IOException {
        Worker current = worker(limits);
        if (current == null) {
            return new ExtractionResult.Failed(WORKER);
        }
        current.send(String.join(" ", "EXTRACT",
                ExtractionWorker.encode(file.toAbsolutePath().toString()),
                ExtractionWorker.encode(output.toAbsolutePath().toString()),
                Integer.toString(limits.maxCharacters()),
                Integer.toString(limits.maxEmbeddedDepth()),
                Integer.toString(limits.maxEmbeddedDocuments())));
        String answer = current.next(limits.timeout());
        if (answer == null) {
            stopWorker();
            return new ExtractionResult.Failed(TIMEOUT, List.of(limits.timeout().toSeconds()));
        }
        if (answer.equals(EOF)) {
            int exit = current.exitCode();
            stopWorker();
            return exit == OUT_OF_MEMORY_EXIT
                    ? new ExtractionResult.Failed(MEMORY, List.of(limits.workerHeapMb()))
                    : new ExtractionResult.Failed(WORKER);
        }
        // DONE <status> <truncated> <peak heap bytes>
        String[] part = answer.split(" ");
        peakHeapBytes = Math.max(peakHeapBytes, Long.parseLong(part[3]));
        if (++current.served >= documentsPerWorker) {
            stopWorker();
        }
        WorkerStatus status = WorkerStatus.valueOf(part[1]);
        if (status != WorkerStatus.OK) {
            return new ExtractionResult.Failed(status.reasonKey());
        }
        return new ExtractionResult.Extracted(Files.readString(output, UTF_8), Boolean.parseBoolean(part[2]), type,
                type == DocumentType.PDF && cutShort(file) ? CUT : null);
    }

    /**
     * Whether a PDF lacks its end-of-file marker: it was cut short (an interrupted download or copy), and the
     * parser read what it could recover from the part that is there.
     */
    static boolean cutShort(Path pdf) throws IOException {
        try (FileChannel channel = FileChannel.open(pdf)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 8192);
            ByteBuffer end = ByteBuffer.allocate(tail);
            while (end.hasRemaining() && channel.read(end, size - tail + end.position()) > 0) {
                // read the whole tail
            }
            return !new String(end.array(), 0, end.position(), ISO_8859_1).contains("%%EOF");
        }
    }

    private @Nullable Worker worker(ExtractionLimits limits) throws IOException {
        if (worker != null && worker.heapMb != limits.workerHeapMb()) {
            stopWorker();
        }
        if (worker == null) {
            Worker started = new Worker(command(limits.workerHeapMb()), limits.workerHeapMb());
            workersStarted++;
            String ready = started.next(STARTUP_TIMEOUT);
            if (ready == null || !ready.equals("READY")) {
                started.kill();
                return null;
            }
            worker = started;
        }
        return worker;
    }

    private void stopWorker() {
        if (worker != null) {
            worker.kill();
            worker = null;
        }
    }

    static boolean isPackedBootJar(String classPath) {
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null || jar.getEntry("BOOT-INF/lib/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> command(int heapMb) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx" + heapMb + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dlogback.configurationFile=vn/tuoitreso/documents/extraction/worker-logback.xml"));
        if (documentsPerWorker == 1) {
            command.add("-XX:TieredStopAtLevel=1"); // a short-lived JVM starts faster without the C2 compiler
        }
        command.addAll(extraJvmOptions);
        String classPath = System.getProperty("java.class.path");
        if (isPackedBootJar(classPath)) {
            // a packed Spring Boot jar: its launcher finds the classes and libraries nested inside
            command.addAll(List.of("-cp", classPath, "-Dloader.main=" + ExtractionWorker.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.addAll(List.of("-cp", classPath, ExtractionWorker.class.getName()));
        }
        return command;
    }

    /** A running worker process and the protocol lines it has sent. */
    private static final class Worker {

        final int heapMb;
        final Process process;
        final Writer requests;
        final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        int served;

        Worker(List<String> command, int heapMb) throws IOException {
            this.heapMb = heapMb;
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(Boolean.getBoolean("tuoitreso.worker.stderr")
                            ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
            // Nothing of this JVM's environment (database and admin passwords): only a UTF-8 locale,
            // so that file names with diacritics reach the worker intact.
            builder.environment().clear();
            builder.environment().putAll(WORKER_ENVIRONMENT);
            this.process = builder.start();
            this.requests = new java.io.OutputStreamWriter(process.getOutputStream(), UTF_8);
            Thread reader = new Thread(this::readAnswers, "extraction-worker-" + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        private void readAnswers() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(ExtractionWorker.PREFIX)) {
                        answers.add(line.substring(ExtractionWorker.PREFIX.length()));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            answers.add(EOF);
        }

        void send(String request) throws IOException {
            requests.write(request + "\n");
            requests.flush();
        }

        /** The next answer, {@link #EOF} when the process ended, null after the timeout. */
        @Nullable String next(Duration timeout) {
            try {
                return answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        int exitCode() {
            try {
                if (process.waitFor(10, TimeUnit.SECONDS)) {
                    return process.exitValue();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }

        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
