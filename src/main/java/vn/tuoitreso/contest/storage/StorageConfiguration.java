package vn.tuoitreso.contest.storage;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    /** {@code app.files-dir}, by default {@code files} in the data folder. */
    @Bean
    FileStorage fileStorage(@Value("${app.files-dir:${app.data-dir}/files}") Path directory) throws IOException {
        return new LocalFileStorage(directory);
    }
}
