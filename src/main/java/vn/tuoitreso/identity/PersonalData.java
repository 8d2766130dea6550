package vn.tuoitreso.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.GuardianConsents;
import vn.tuoitreso.identity.recovery.PasswordResets;
import vn.tuoitreso.identity.unit.Unit;
import vn.tuoitreso.identity.unit.UnitRepository;

/**
 * A person's own data, to take away: a ZIP of JSON files, one for the account (identity) and one for each
 * module's {@link PersonalDataSection}. Never a password hash, reset secret or anything about other people.
 */
@Service
public class PersonalData {

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final GuardianConsents guardianConsents;
    private final PasswordResets resets;
    private final ObjectProvider<PersonalDataSection> sections;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalData(AccountRepository accounts, UnitRepository units, GuardianConsents guardianConsents,
            PasswordResets resets, ObjectProvider<PersonalDataSection> sections, CurrentUser currentUser, ObjectMapper json,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.guardianConsents = guardianConsents;
        this.resets = resets;
        this.sections = sections;
        this.currentUser = currentUser;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's data as a ZIP of JSON files; the download is recorded in the audit log. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public byte[] exportMine() {
        long accountId = currentUser.requireAccountId();
        Account account = accounts.findById(accountId).orElseThrow();
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("account", accountPart(account));
        for (PersonalDataSection section : sections.orderedStream().toList()) {
            parts.put(section.name(), section.collectMine());
        }
        Instant now = clock.instant();
        events.publishEvent(new PersonalDataExported(accountId, now));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, Object> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry("tuoitreso-" + accountId + "/" + part.getKey() + ".json"));
                zip.write(json.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(part.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Map<String, Object> accountPart(Account account) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("id", account.id());
        part.put("fullName", account.fullName());
        part.put("email", account.email());
        part.put("phone", account.phone());
        part.put("birthYear", account.birthYear());
        part.put("unit", units.findById(account.unitId()).map(Unit::name).orElse(""));
        part.put("language", account.language());
        part.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
        part.put("enabled", account.enabled());
        part.put("createdAt", account.createdAt().toString());
        guardianConsents.findByAccountId(account.id()).ifPresent(g -> part.put("guardian", Map.of(
                "fullName", g.guardianName(), "contact", g.guardianContact(), "consentedAt",
                g.consentedAt().toString())));
        part.put("passwordResets", resets.findByAccountIdOrderByCreatedAt(account.id()).stream()
                .map(r -> Map.of("method", r.method().name(), "createdAt", r.createdAt().toString(),
                        "used", !r.usableAt(clock.instant()))).toList());
        return part;
    }
}
