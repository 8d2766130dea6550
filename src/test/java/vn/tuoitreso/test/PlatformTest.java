package vn.tuoitreso.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole platform on a random port against the test database. Every integration test uses this
 * one configuration, so they all share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.files-dir=target/test-files",
                // a search index of its own for each context, so that no two hold the same index's lock
                "app.search.index-dir=target/test-index/${random.uuid}",
                // Tests close expired attempts themselves, so the schedule never races them.
                "app.quiz.sweep-interval=PT24H"})
@Import(TestClockConfiguration.class)
public @interface PlatformTest {
}
