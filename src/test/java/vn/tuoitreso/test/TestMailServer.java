package vn.tuoitreso.test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) on a free port, started once for all test contexts; the platform sends
 * to it through the standard {@code spring.mail.*} settings.
 */
public final class TestMailServer {

    private static final GreenMail SERVER = start();

    private TestMailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetup.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
        return server;
    }

    static Map<String, Object> properties() {
        return Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", SERVER.getSmtp().getPort(),
                "app.mail.from", "no-reply@test.tuoitreso.vn");
    }

    /** The messages received for this address so far. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The messages received for this address so far whose subject contains {@code subject}. */
    public static List<MimeMessage> messagesTo(String address, String subject) {
        return messagesTo(address).stream().filter(m -> {
            try {
                return String.valueOf(m.getSubject()).contains(subject);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits for the {@code count}-th message to this address about {@code subject} and returns it. */
    public static MimeMessage awaitMessage(String address, String subject, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(address, subject).size() >= count);
        return messagesTo(address, subject).get(count - 1);
    }

    /** Subjects of the Vietnamese e-mails, as the tests look for them. */
    public static final String RESET = "Đặt lại mật khẩu";
    public static final String VERIFY = "Xác nhận địa chỉ e-mail";

    /** The whole raw message (headers, text and HTML parts), decoded. */
    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The first address in the message that starts with {@code prefix}, as a person would tap it. */
    public static String link(MimeMessage message, String prefix) {
        try {
            String text = plainText(message);
            Matcher m = Pattern.compile(Pattern.quote(prefix) + "[^\\s\"<]+").matcher(text);
            if (!m.find()) {
                throw new AssertionError("no link " + prefix + " in " + text);
            }
            return m.group();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a multipart message. */
    public static String plainText(MimeMessage message) throws Exception {
        return find(message.getContent(), "text/plain");
    }

    /** The HTML part of a multipart message. */
    public static String html(MimeMessage message) throws Exception {
        return find(message.getContent(), "text/html");
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return String.valueOf(part.getContent());
                }
                String inner = find(part.getContent(), type);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return "";
    }
}
