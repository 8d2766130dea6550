package vn.tuoitreso.search.elasticsearch;

/**
 * Elasticsearch did not answer or refused a change. Thrown out of an event handler, it leaves the event publication
 * incomplete, so the change is made again when the server is back.
 */
public class ElasticsearchUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ElasticsearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
