package vn.tuoitreso.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A learner's visit on the scale database (README "Capacity"): the landing page, the log-in form (Spring
 * Security's form login at /login, with its CSRF token), the home page, the catalogue, a course, a lesson
 * marked done, the course's quiz started, answered and submitted. Inside the application it speaks Vaadin's
 * UIDL as the browser does (see {@link Uidl}): the security key and UI ID from the {@code v-r=init} answer, the
 * sync and client IDs from each answer, the nodes of buttons and fields from the tree changes.
 *
 * <p>{@code -Dload.users} learners come within {@code -Dload.ramp} seconds and as many stay on for
 * {@code -Dload.hold} seconds, each new one as a fresh learner of the generated province (logging in as
 * {@code hv…@quymo.tuoitreso.vn} or by phone), with think times of a person reading on a phone. To find the knee,
 * {@code -Dload.levels=500,1000,1500,2000} climbs in steps instead: to each level in {@code -Dload.ramp} seconds,
 * held there {@code -Dload.hold} seconds ({@code src/gatling/steps.py} prints each level's figures).
 */
public class LearnerJourney extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://127.0.0.1:8091");
    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final int RAMP = Integer.getInteger("load.ramp", 60);
    private static final int HOLD = Integer.getInteger("load.hold", 120);
    private static final List<Integer> LEVELS = System.getProperty("load.levels", "").isBlank() ? List.of(USERS)
            : Arrays.stream(System.getProperty("load.levels").split(",")).map(String::strip).map(Integer::valueOf)
                    .toList();
    private static final int LEARNERS = Integer.getInteger("load.learners", 100_000);
    private static final String PASSWORD = System.getProperty("load.password", "HocVien@2026");
    private static final double THINK = Double.parseDouble(System.getProperty("load.think", "1"));
    private static final List<String> COURSES = List.of(System.getProperty("load.courses",
            "an-toan-thong-tin-va-tin-gia,dich-vu-cong-truc-tuyen,dinh-danh-dien-tu-vneid,thanh-toan-dien-tu-an-toan")
            .split(","));

    private static final AtomicInteger NEXT = new AtomicInteger(
            ThreadLocalRandom.current().nextInt(LEARNERS));

    private static String login(int n) {
        return n % 5 < 2 ? String.format("086%07d", n) : String.format("hv%06d@quymo.tuoitreso.vn", n);
    }

    private final Iterator<Map<String, Object>> learners = Stream.generate(() -> {
        int n = 1 + Math.floorMod(NEXT.getAndIncrement(), LEARNERS);
        Map<String, Object> learner = new HashMap<>();
        learner.put("login", login(n));
        learner.put("course", COURSES.get(n % COURSES.size()));
        return learner;
    }).iterator();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptLanguageHeader("vi-VN,vi;q=0.9")
            .acceptEncodingHeader("gzip, deflate, br")
            .userAgentHeader("Mozilla/5.0 (Linux; Android 13) Chrome/131 Mobile (Gatling)")
            .disableCaching();

    /** Seconds a person spends, scaled by {@code -Dload.think} (1 = as measured on people, 0 = none). */
    private static Duration think(int seconds) {
        return Duration.ofMillis((long) (seconds * 1000 * THINK));
    }

    /** Keeps what an answer told: counters, and the nodes of elements by ID and by tag. */
    static Session remember(Session session, String body) {
        Uidl.Answer answer = Uidl.read(body);
        Session next = session;
        if (answer.syncId() >= 0) {
            next = next.set("syncId", answer.syncId());
        }
        if (answer.clientId() >= 0) {
            next = next.set("clientId", answer.clientId());
        }
        if (!answer.securityKey().isEmpty()) {
            next = next.set("csrfToken", answer.securityKey());
        }
        if (answer.uiId() >= 0) {
            // a new UI: its counters start again and its nodes are its own
            next = next.set("uiId", answer.uiId()).set("syncId", Math.max(0, answer.syncId()))
                    .set("clientId", Math.max(0, answer.clientId())).remove("ids").remove("tags").remove("hrefs")
                    .remove("hrefByNode");
        }
        Map<String, Integer> ids = new HashMap<>(next.contains("ids") ? next.<Map<String, Integer>>get("ids") : Map.of());
        ids.putAll(answer.ids());
        Map<Integer, String> tags = new HashMap<>(next.contains("tags") ? next.<Map<Integer, String>>get("tags")
                : Map.of());
        tags.putAll(answer.tags());
        List<String> hrefs = new ArrayList<>(next.contains("hrefs") ? next.<List<String>>get("hrefs") : List.of());
        hrefs.addAll(answer.hrefs());
        Map<Integer, String> hrefByNode = new HashMap<>(next.contains("hrefByNode")
                ? next.<Map<Integer, String>>get("hrefByNode") : Map.of());
        hrefByNode.putAll(answer.hrefByNode());
        return next.set("ids", ids).set("tags", tags).set("hrefs", hrefs).set("hrefByNode", hrefByNode);
    }

    /** One UIDL request of the calls the session gives, its answer remembered. */
    static HttpRequestActionBuilder uidl(String name, Function<Session, JsonNode[]> calls) {
        return http(name).post(session -> "/?v-r=uidl&v-uiId=" + session.getInt("uiId"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> Uidl.request(session.getString("csrfToken"), session.getInt("syncId"),
                        session.getInt("clientId"), calls.apply(session))))
                .check(status().is(200))
                .check(bodyString().saveAs("answer"))
                .check(regex("\"syncId\"").exists())
                // Vaadin's own failures, and the platform's error page (a view that threw)
                .check(regex("\"(appError|sessionExpired)\"|error-page").notExists());
    }

    static ChainBuilder afterAnswer() {
        return exec(session -> remember(session, session.getString("answer")));
    }

    static int node(Session session, String id) {
        Integer node = session.<Map<String, Integer>>get("ids").get(id);
        if (node == null) {
            throw new IllegalStateException("No element #" + id + " in the answers");
        }
        return node;
    }

    private static String href(Session session, String course, boolean quiz) {
        return session.<List<String>>get("hrefs").stream()
                .filter(h -> h.startsWith("courses/" + course + "/") && h.contains("/quiz/") == quiz)
                .findFirst().orElseThrow(() -> new IllegalStateException("No " + (quiz ? "quiz" : "lesson")
                        + " link of " + course));
    }

    private static JsonNode[] answers(Session session) {
        List<JsonNode> calls = new ArrayList<>();
        session.<Map<Integer, String>>get("tags").forEach((node, tag) -> {
            if (tag.equals("vaadin-radio-group")) {
                calls.add(Uidl.sync(node, "value", "1"));
                calls.add(Uidl.event(node, "value-changed"));
            }
        });
        return calls.toArray(JsonNode[]::new);
    }

    private final ScenarioBuilder learner = scenario("learner")
            .feed(learners)
            .exec(http("landing").get("/").check(status().is(200)))
            .pause(think(3), think(8))
            .exec(http("login page").get("/login").check(status().is(200))
                    .check(regex("name=\"_csrf\"[^>]*?(?:content|value)=\"([^\"]+)\"").saveAs("formCsrf")))
            .pause(think(6), think(12))
            .exec(http("log in").post("/login")
                    .formParam("username", "#{login}").formParam("password", PASSWORD)
                    .formParam("_csrf", "#{formCsrf}")
                    .check(status().is(200))
                    // a refused log-in lands on /login?error
                    .check(currentLocationRegex("/login").notExists()))
            // the log-in's redirect loaded the page "/": the browser asks for its UI, then opens the route
            .exec(http("home (init)").get("/?v-r=init&location=&query=")
                    .check(status().is(200))
                    .check(bodyString().saveAs("answer")))
            .exec(afterAnswer())
            .exec(uidl("home", s -> new JsonNode[] {Uidl.open("")}))
            .exec(afterAnswer())
            .pause(think(3), think(6))
            .exec(uidl("catalogue", s -> new JsonNode[] {Uidl.navigate("courses")}))
            .exec(afterAnswer())
            .pause(think(4), think(8))
            .exec(uidl("course", s -> new JsonNode[] {Uidl.navigate("courses/" + s.getString("course"))}))
            .exec(afterAnswer())
            .pause(think(3), think(6))
            .exec(uidl("lesson", s -> new JsonNode[] {Uidl.navigate(href(s, s.getString("course"), false))}))
            .exec(afterAnswer())
            .pause(think(30), think(60))
            .exec(uidl("mark done", s -> new JsonNode[] {Uidl.click(node(s, "mark-done"))}))
            .exec(afterAnswer())
            .pause(think(3), think(6))
            .exec(uidl("quiz", s -> new JsonNode[] {Uidl.navigate(href(s, s.getString("course"), true))}))
            .exec(afterAnswer())
            .pause(think(3), think(6))
            .exec(uidl("quiz start", s -> new JsonNode[] {Uidl.click(node(s, "start-quiz"))}))
            .exec(afterAnswer())
            // a learner who used up the quiz's attempts sees no sheet: the visit ends there
            .doIf(s -> s.<Map<String, Integer>>get("ids").containsKey("submit-quiz")).then(
                    pause(think(20), think(40))
                    .exec(uidl("answers", LearnerJourney::answers))
                    .exec(afterAnswer())
                    .pause(think(3), think(6))
                    .exec(uidl("submit", s -> new JsonNode[] {Uidl.click(node(s, "submit-quiz"))}))
                    .exec(afterAnswer()));

    {
        List<ClosedInjectionStep> steps = new ArrayList<>();
        int from = 0;
        for (int level : LEVELS) {
            steps.add(rampConcurrentUsers(from).to(level).during(RAMP));
            steps.add(constantConcurrentUsers(level).during(HOLD));
            from = level;
        }
        setUp(learner.injectClosed(steps))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
