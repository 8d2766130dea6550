package vn.tuoitreso.identity;

/**
 * Where people log in: the public site serves the form at {@link #PATH} and Spring Security takes its post there.
 * Views that send someone to log in go to this address with a full page load, as it is no Vaadin view.
 */
public final class LoginPage {

    /** The address of the log-in form. */
    public static final String PATH = "/login";

    /**
     * The HTTP session attribute holding the contact someone has just registered with, for the log-in form to fill
     * in once; kept in the session, not the address, as a contact does not belong in URLs and their logs.
     */
    public static final String REGISTERED_CONTACT = LoginPage.class.getName() + ".registeredContact";

    private LoginPage() {
    }
}
