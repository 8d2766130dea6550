package vn.tuoitreso.documents.extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.util.unit.DataSize;
import vn.tuoitreso.documents.ExtractionLimits;

/** One long-lived worker process for the application, with limits from {@code app.documents.*}. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    /** Extraction's own threads, so a burst of uploads does not delay other modules' event handling. */
    static final String EXECUTOR = "extractionExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor extractionExecutor(@Value("${app.documents.queue-capacity:1000}") int queueCapacity) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("extraction-");
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setQueueCapacity(queueCapacity);
        // A full queue slows the uploader down rather than dropping the request.
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }

    /** The folder contest keeps attachments in; extraction rows name their files relative to it. */
    @Bean
    FileLocations fileLocations(@Value("${app.files-dir:${app.data-dir}/files}") Path filesDir) {
        return new FileLocations(filesDir);
    }

    @Bean(destroyMethod = "close")
    WorkerExtractor workerExtractor(@Value("${app.documents.documents-per-worker:50}") int documentsPerWorker) {
        return new WorkerExtractor(documentsPerWorker);
    }

    @Bean
    ExtractionLimits extractionLimits(@Value("${app.documents.max-file-size:50MB}") DataSize maxFile,
            @Value("${app.documents.timeout:30s}") Duration timeout,
            @Value("${app.documents.max-characters:1000000}") int maxCharacters,
            @Value("${app.documents.worker-heap-mb:256}") int workerHeapMb) {
        ExtractionLimits defaults = ExtractionLimits.defaults();
        return new ExtractionLimits(maxFile.toBytes(), timeout, maxCharacters, defaults.maxEmbeddedDepth(),
                defaults.maxEmbeddedDocuments(), defaults.maxUnpackedBytes(), defaults.maxZipEntries(), workerHeapMb);
    }
}
