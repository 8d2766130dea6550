package vn.tuoitreso.identity.recovery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mails of account recovery, in the recipient's language (Vietnamese unless they chose English),
 * as plain text with a simple HTML alternative. Texts come from the {@code i18n/trust-recovery} bundles.
 */
@Component
public class ResetMail {

    private static final Logger log = LoggerFactory.getLogger(ResetMail.class);
    private static final String BUNDLE = "i18n/trust-recovery";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    ResetMail(ObjectProvider<JavaMailSender> mailSender, @Value("${app.mail.from:no-reply@tuoitreso.vn}") String from) {
        this.mailSender = mailSender;
        this.from = from;
    }

    /** Sends a link that sets a new password; the link holds the secret, so it is never logged. */
    public void sendResetLink(String to, String language, String fullName, String link, long validMinutes) {
        send(to, language, "mail.reset.subject", "mail.reset.body", fullName, link, validMinutes);
    }

    /** Sends a link that confirms the e-mail address belongs to the person. */
    public void sendVerificationLink(String to, String language, String fullName, String link) {
        send(to, language, "mail.verify.subject", "mail.verify.body", fullName, link, 0);
    }

    private void send(String to, String language, String subjectKey, String bodyKey, String fullName, String link,
            long validMinutes) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server is configured (spring.mail.host): an account e-mail was not sent");
            return;
        }
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        String subject = texts.getString(subjectKey);
        String body = new MessageFormat(texts.getString(bodyKey), locale).format(
                new Object[] {fullName, link, validMinutes});
        String footer = texts.getString("mail.footer");
        String html = "<!doctype html><html lang=\"" + locale.getLanguage() + "\"><body style=\"font-family:sans-serif\">"
                + paragraphs(body).replace(HtmlUtils.htmlEscape(link),
                        "<a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(link) + "</a>")
                + "<p style=\"color:#666\">" + HtmlUtils.htmlEscape(footer) + "</p></body></html>";
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body + "\n\n" + footer, html);
            sender.send(message);
        } catch (MessagingException | MailException e) {
            // The address is personal data and the body holds a secret: neither is logged.
            log.warn("An account e-mail could not be sent: {}", e.getClass().getSimpleName());
        }
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
