package vn.tuoitreso.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes Vaadin Flow's UIDL as the browser does: the server's answer ({@code for(;;);[{…}]}, or the
 * {@code v-r=init} JSON holding the first one) gives the sync ID, the client ID expected next, the security key
 * and the tree changes, from which the nodes of elements are found by their {@code id} attribute or tag; the
 * client's request is {@code {"csrfToken":…,"rpc":[…],"syncId":…,"clientId":…}}.
 */
final class Uidl {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Uidl() {
    }

    /** What one answer told: the counters and the nodes it attached or changed. */
    record Answer(int syncId, int clientId, String securityKey, int uiId, Map<String, Integer> ids,
            Map<Integer, String> tags, List<String> texts, List<String> hrefs, Map<Integer, String> hrefByNode) {
    }

    static Answer read(String body) {
        String text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode root = JSON.readTree(text);
        // an answer to v-r=init holds the first UIDL (with the security key) inside its application configuration
        JsonNode uidl = root.isArray() ? root.get(0) : root;
        JsonNode withKey = root.findParent("Vaadin-Security-Key");
        if (withKey != null) {
            uidl = withKey;
        }
        JsonNode ui = root.findValue("v-uiId");
        int uiId = ui == null ? -1 : ui.asInt(-1);
        Map<String, Integer> ids = new HashMap<>();
        Map<Integer, String> tags = new HashMap<>();
        List<String> texts = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        Map<Integer, String> hrefByNode = new HashMap<>();
        for (JsonNode change : uidl.path("changes")) {
            if (!"put".equals(change.path("type").asString(""))) {
                continue;
            }
            String key = change.path("key").asString("");
            int node = change.path("node").asInt();
            if ("tag".equals(key)) {
                tags.put(node, change.path("value").asString(""));
            } else if ("id".equals(key)) {
                ids.put(change.path("value").asString(""), node);
            } else if ("href".equals(key)) {
                // a download link's address comes as an object holding the URI of its handler, not as text
                String href = text(change.path("value"));
                hrefs.add(href);
                hrefByNode.put(node, href);
            } else if ("text".equals(key) || "innerHTML".equals(key)) {
                texts.add(change.path("value").asString(""));
            }
        }
        return new Answer(uidl.path("syncId").asInt(-1), uidl.path("clientId").asInt(-1),
                uidl.path("Vaadin-Security-Key").asString(""), uiId, ids, tags, texts, hrefs, hrefByNode);
    }

    private static String text(JsonNode value) {
        if (value.isString()) {
            return value.asString();
        }
        for (JsonNode inner : value) {
            String found = text(inner);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return "";
    }

    /** A request of one or more RPC calls. */
    static String request(String csrfToken, int syncId, int clientId, JsonNode... rpc) {
        ObjectNode request = JSON.createObjectNode();
        request.put("csrfToken", csrfToken);
        ArrayNode calls = request.putArray("rpc");
        for (JsonNode call : rpc) {
            calls.add(call);
        }
        request.put("syncId", syncId);
        request.put("clientId", clientId);
        return request.toString();
    }

    /** A DOM event of a node without event data, e.g. a field's {@code value-changed}. */
    static JsonNode event(int node, String event) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", event);
        call.putObject("data");
        return call;
    }

    /** A tap on a button, with the event data a click listener asks for. */
    static JsonNode click(int node) {
        ObjectNode call = (ObjectNode) event(node, "click");
        ObjectNode data = (ObjectNode) call.get("data");
        for (String key : new String[] {"event.screenX", "event.screenY", "event.clientX", "event.clientY",
                "event.button"}) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        for (String key : new String[] {"event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey"}) {
            data.put(key, false);
        }
        return call;
    }

    /** A lazy component (a grid) asking for the rows it shows. */
    static JsonNode viewport(int node, int first, int count) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", "setViewportRange");
        call.putArray("templateEventMethodArgs").add(first).add(count);
        call.put("promise", 0);
        return call;
    }

    /** A property the browser synchronises, e.g. a radio group's {@code value}. */
    static JsonNode sync(int node, String property, String value) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "mSync");
        call.put("node", node);
        call.put("feature", 1);
        call.put("property", property);
        call.put("value", value);
        return call;
    }

    /** The first navigation of a page just loaded ({@code /courses}), as the browser sends it after v-r=init. */
    static JsonNode open(String route) {
        ObjectNode call = (ObjectNode) navigate("/" + route);
        ((ObjectNode) call.get("data")).put("trigger", "");
        return call;
    }

    /** Navigation inside the application, as a router link does it. */
    static JsonNode navigate(String route) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "event");
        call.put("node", 1);
        call.put("event", "ui-navigate");
        ObjectNode data = call.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "client");
        return call;
    }
}
