package vn.tuoitreso.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static vn.tuoitreso.load.LearnerJourney.afterAnswer;
import static vn.tuoitreso.load.LearnerJourney.node;
import static vn.tuoitreso.load.LearnerJourney.uidl;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An organiser at the province's scale (README "Capacity"): the submission list of the generated contest (its
 * first page), filtered by status, exported as CSV and as XLSX, then the certificate ZIP of the course with the
 * most certificates and its list as XLSX and CSV, then the dashboard and, for someone who may read the whole
 * province's learners by name (an administrator: {@code -Dload.organiser=quantri@tuoitreso.vn}), every learner's
 * progress as XLSX and CSV. One organiser, one step after another, so each time is the server's alone; the runner
 * prints the peak heap. {@code -Dload.contest} is the generated contest's ID, {@code -Dload.courseKey} the
 * position (from 1) of the course in the certificate page's list.
 */
public class OrganiserAtScale extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8091");
    private static final String CONTEST = System.getProperty("load.contest", "2");
    private static final String COURSE_KEY = System.getProperty("load.courseKey", "1");
    private static final String LOGIN = System.getProperty("load.organiser", "bantochuc@tuoitreso.vn");
    private static final String PASSWORD = System.getProperty("load.organiserPassword", "TuoiTreSo@2026");

    private static String download(Session session, String id) {
        String href = session.<Map<Integer, String>>get("hrefByNode").get(node(session, id));
        System.out.println("Download link #" + id + ": " + href);
        return "/" + href;
    }

    private static int grid(Session session) {
        return session.<Map<Integer, String>>get("tags").entrySet().stream()
                .filter(e -> e.getValue().equals("vaadin-grid")).mapToInt(Map.Entry::getKey).max().orElseThrow();
    }

    private static int select(Session session) {
        return session.<Map<Integer, String>>get("tags").entrySet().stream()
                .filter(e -> e.getValue().equals("vaadin-select")).mapToInt(Map.Entry::getKey).max().orElseThrow();
    }

    private final ScenarioBuilder organiser = scenario("organiser")
            .exec(http("login page").get("/login").check(status().is(200))
                    .check(regex("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"").saveAs("formCsrf")))
            .exec(http("log in").post("/login").formParam("username", LOGIN).formParam("password", PASSWORD)
                    .formParam("_csrf", "#{formCsrf}").check(status().is(200))
                    .check(currentLocationRegex("/login").notExists()))
            .exec(http("submissions (init)")
                    .get("/?v-r=init&location=organiser/contests/" + CONTEST + "/submissions&query=")
                    .check(status().is(200)).check(bodyString().saveAs("answer")))
            .exec(afterAnswer())
            .exec(uidl("submissions (view)", s -> new JsonNode[] {
                    Uidl.open("organiser/contests/" + CONTEST + "/submissions")}))
            .exec(afterAnswer())
            .exec(uidl("submissions, first page", s -> new JsonNode[] {Uidl.viewport(grid(s), 0, 50)}))
            .exec(afterAnswer())
            .exec(uidl("submissions, filtered by status", s -> new JsonNode[] {
                    Uidl.sync(node(s, "filter-status"), "value", "2"),
                    Uidl.event(node(s, "filter-status"), "value-changed"), Uidl.viewport(grid(s), 0, 50)}))
            .exec(afterAnswer())
            .exec(http("export CSV").get(s -> download(s, "export-submissions")).check(status().is(200))
                    .check(header("Content-Type").transform(t -> t.contains("csv")).is(true))
                    .check(bodyBytes().transform(b -> b.length).saveAs("csvBytes")))
            .exec(http("export XLSX").get(s -> download(s, "export-submissions-xlsx")).check(status().is(200))
                    .check(header("Content-Type").transform(t -> t.contains("spreadsheet")).is(true))
                    .check(bodyBytes().transform(b -> b.length).saveAs("xlsxBytes")))
            .exec(uidl("certificates page", s -> new JsonNode[] {Uidl.navigate("organiser/certificates")}))
            .exec(afterAnswer())
            .exec(uidl("certificates of a course", s -> new JsonNode[] {Uidl.sync(select(s), "value", COURSE_KEY),
                    Uidl.event(select(s), "value-changed")}))
            .exec(afterAnswer())
            .exec(uidl("certificates, first page", s -> new JsonNode[] {Uidl.viewport(grid(s), 0, 50)}))
            .exec(afterAnswer())
            // thousands of PDFs rendered one after another: minutes, more than Gatling's default 60 s
            .exec(http("certificate ZIP").get(s -> download(s, "certificates-zip"))
                    .requestTimeout(java.time.Duration.ofMinutes(15)).check(status().is(200))
                    .check(header("Content-Type").transform(t -> t.contains("zip")).is(true))
                    .check(bodyBytes().transform(b -> b.length).saveAs("zipBytes")))
            .exec(http("certificates XLSX").get(s -> download(s, "certificates-xlsx")).check(status().is(200))
                    .check(bodyBytes().transform(b -> b.length).saveAs("certificatesXlsxBytes")))
            .exec(http("certificates CSV").get(s -> download(s, "certificates-csv")).check(status().is(200))
                    .check(bodyBytes().transform(b -> b.length).saveAs("certificatesCsvBytes")))
            .exec(uidl("dashboard", s -> new JsonNode[] {Uidl.navigate("organiser/reports")}))
            .exec(afterAnswer())
            // the learners' progress of the whole province: offered to an administrator (-Dload.organiser)
            .doIf(s -> s.<Map<String, Integer>>get("ids").containsKey("export-progress-xlsx")).then(exec(
                    http("progress XLSX").get(s -> download(s, "export-progress-xlsx")).check(status().is(200))
                            .check(bodyBytes().transform(b -> b.length).saveAs("progressXlsxBytes")),
                    http("progress CSV").get(s -> download(s, "export-progress-csv")).check(status().is(200))
                            .check(bodyBytes().transform(b -> b.length).saveAs("progressCsvBytes"))))
            .exec(s -> {
                System.out.printf("Sizes: CSV %s bytes, XLSX %s bytes, ZIP %s bytes, certificates XLSX %s bytes,"
                        + " CSV %s bytes, progress XLSX %s bytes, CSV %s bytes%n", s.get("csvBytes"),
                        s.get("xlsxBytes"), s.get("zipBytes"), s.get("certificatesXlsxBytes"),
                        s.get("certificatesCsvBytes"), s.get("progressXlsxBytes"), s.get("progressCsvBytes"));
                return s;
            });

    {
        setUp(organiser.injectOpen(atOnceUsers(1))).protocols(http.baseUrl(BASE).disableCaching());
    }
}
