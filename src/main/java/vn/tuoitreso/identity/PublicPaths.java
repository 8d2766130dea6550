package vn.tuoitreso.identity;

import java.util.List;

/**
 * Addresses a downstream module serves to everyone, signed in or not (the public site's pages): the security
 * configuration lets them through without knowing that module. Each one is a path pattern
 * ({@code /khoa-hoc/**}); whatever they show must be public data only.
 */
public interface PublicPaths {

    List<String> patterns();
}
