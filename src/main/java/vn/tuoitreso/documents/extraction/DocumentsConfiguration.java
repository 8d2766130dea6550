package vn.tuoitreso.documents.extraction;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import vn.tuoitreso.documents.ExtractionLimits;

/** One long-lived worker process for the application, with limits from {@code app.documents.*}. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

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
