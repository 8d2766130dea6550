package vn.tuoitreso.documents.extraction;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * The worker process's main class: parses documents with Tika, one request line at a time from stdin, writes
 * each text to the file the request names (UTF-8) and answers with one protocol line on stdout. Everything
 * else the libraries print goes to stderr. Started only by {@link WorkerExtractor}.
 *
 * <p>Request: {@code EXTRACT <file base64> <output base64> <max chars> <max depth> <max embedded>}.
 * Answers: {@code READY} once, then {@code DONE <status> <truncated> <peak heap bytes>} per request.
 */
public final class ExtractionWorker {

    static final String PREFIX = "@@tuoitreso-worker ";
    /**
     * Test-only: {@code hang} or {@code oom} makes every request hang or allocate without bound; {@code report}
     * writes the worker's environment and command line instead of the document's text.
     */
    static final String SIMULATE = "tuoitreso.worker.simulate";

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
        System.setOut(System.err);
        String simulate = System.getProperty(SIMULATE, "");
        AutoDetectParser parser = new AutoDetectParser();
        protocol.println(PREFIX + "READY");
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, UTF_8));
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            String[] part = line.split(" ");
            if (part.length != 6 || !part[0].equals("EXTRACT")) {
                protocol.println(PREFIX + "DONE " + WorkerStatus.ERROR + " false " + peakHeapBytes());
                continue;
            }
            simulate(simulate);
            if (simulate.equals("report")) {
                Files.writeString(Path.of(decode(part[2])), report(), UTF_8);
                protocol.println(PREFIX + "DONE " + WorkerStatus.OK + " false " + peakHeapBytes());
                continue;
            }
            Path file = Path.of(decode(part[1]));
            Path output = Path.of(decode(part[2]));
            String answer = extract(parser, file, output,
                    Integer.parseInt(part[3]), Integer.parseInt(part[4]), Integer.parseInt(part[5]));
            protocol.println(PREFIX + "DONE " + answer + " " + peakHeapBytes());
        }
    }

    /** Parses one file; answers {@code <status> <truncated>}. */
    static String extract(AutoDetectParser parser, Path file, Path output, int maxChars, int maxDepth,
            int maxEmbedded) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        BoundedEmbeddedExtractor embedded = new BoundedEmbeddedExtractor(context, maxDepth, maxEmbedded);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        boolean truncated = false;
        WorkerStatus status = WorkerStatus.OK;
        try (Writer writer = Files.newBufferedWriter(output, UTF_8);
                TikaInputStream stream = TikaInputStream.get(file)) {
            try {
                parser.parse(stream, new BodyContentHandler(new WriteOutContentHandler(writer, maxChars)),
                        new Metadata(), context);
            } catch (Exception e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    truncated = true;
                } else {
                    status = classify(e);
                }
            }
        } catch (IOException e) {
            status = WorkerStatus.CORRUPT;
        } catch (StackOverflowError e) {
            status = WorkerStatus.ERROR;
        }
        if (embedded.exceeded()) {
            status = WorkerStatus.NESTED;
        }
        return status + " " + truncated;
    }

    private static WorkerStatus classify(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return WorkerStatus.BOMB;
            }
            if (cause instanceof EncryptedDocumentException
                    || cause instanceof org.apache.poi.EncryptedDocumentException) {
                return WorkerStatus.ENCRYPTED;
            }
        }
        return WorkerStatus.CORRUPT;
    }

    private static void simulate(String simulate) throws InterruptedException {
        if (simulate.equals("hang")) {
            Thread.sleep(Long.MAX_VALUE);
        } else if (simulate.equals("oom")) {
            List<long[]> hoard = new ArrayList<>();
            while (true) {
                hoard.add(new long[1024 * 1024]);
            }
        }
    }

    private static String report() {
        StringBuilder report = new StringBuilder();
        System.getenv().forEach((name, value) -> report.append("env ").append(name).append('=').append(value)
                .append('\n'));
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            report.append("arg ").append(argument).append('\n');
        }
        report.append("arg ").append(System.getProperty("sun.java.command", "")).append('\n');
        return report.toString();
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(UTF_8));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), UTF_8);
    }
}
