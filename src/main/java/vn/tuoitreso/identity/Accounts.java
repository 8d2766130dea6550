package vn.tuoitreso.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.account.Contact;
import vn.tuoitreso.identity.account.GuardianConsent;
import vn.tuoitreso.identity.account.GuardianConsents;
import vn.tuoitreso.identity.account.PasswordRules;
import vn.tuoitreso.identity.account.SearchWords;
import vn.tuoitreso.identity.unit.Unit;
import vn.tuoitreso.identity.unit.UnitRepository;
import vn.tuoitreso.shared.InvalidInputException;
import vn.tuoitreso.shared.InvalidInputException.Problem;
import vn.tuoitreso.shared.ProvinceTime;

/**
 * Accounts: registration by visitors, one's own profile, and the administrators' work on accounts
 * and roles. Every method checks the caller; input is validated completely before anything is saved.
 */
@Service
public class Accounts {

    public static final int FULL_NAME_MAX_LENGTH = Account.FULL_NAME_MAX_LENGTH;
    /** The longest e-mail address or phone number a form takes (views limit their contact fields with it). */
    public static final int CONTACT_MAX_LENGTH = Contact.MAX_LENGTH;
    /** The longest password (views limit their password fields with it). */
    public static final int PASSWORD_MAX_LENGTH = PasswordRules.MAX_LENGTH;
    public static final int OLDEST_BIRTH_YEAR = 1920;
    public static final int YOUNGEST_AGE = 6;
    public static final List<String> LANGUAGES = List.of("vi", "en");
    /** Under this age a person is a child (Law on Children 2016): a parent or guardian consents for them. */
    public static final int GUARDIAN_BELOW_AGE = 16;

    private final AccountRepository accounts;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegistrationThrottle registrationThrottle;
    private final GuardianConsents guardianConsents;

    Accounts(AccountRepository accounts, UnitRepository units, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            RegistrationThrottle registrationThrottle, GuardianConsents guardianConsents) {
        this.registrationThrottle = registrationThrottle;
        this.guardianConsents = guardianConsents;
        this.accounts = accounts;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a learner's account for a visitor. Attempts are limited per network address and per contact; whether
     * a contact already has an account is told only once everything else in the form is right.
     */
    @PermitAll
    @Transactional
    public AccountSummary register(Registration registration) {
        registrationThrottle.attempt(registration.contact());
        List<Problem> problems = new ArrayList<>();
        String fullName = checkFullName(registration.fullName(), problems);
        Optional<Contact> contact = checkContact("contact", registration.contact(), problems);
        int birthYear = checkBirthYear(registration.birthYear(), problems);
        long unitId = checkUnit(registration.unitId(), problems);
        PasswordRules.problem(registration.password(), personalWords(registration.fullName(), registration.contact()))
                .ifPresent(key -> problems.add(Problem.of("password", key, PasswordRules.MIN_LENGTH)));
        Optional<Contact> guardian = birthYear > 0 && needsGuardian(birthYear)
                ? checkGuardian(registration, contact, problems) : Optional.empty();
        if (!problems.isEmpty() || contact.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (accounts.existsByContact(contact.get())) {
            throw InvalidInputException.of("contact", "validation.contact.unavailable");
        }
        Account account = new Account(fullName, contact.get(), passwordEncoder.encode(registration.password()),
                birthYear, unitId, Instant.now(clock));
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("contact", "validation.contact.unavailable");
        }
        if (guardian.isPresent()) {
            guardianConsents.save(new GuardianConsent(account.id(), String.valueOf(registration.guardianName()).strip(),
                    guardian.get(), Instant.now(clock)));
        }
        events.publishEvent(new UserRegistered(account.id(), unitId));
        return summary(account);
    }

    /** The contact typed into {@code field}, or a problem: longer than any contact, or neither e-mail nor phone. */
    private static Optional<Contact> checkContact(String field, @Nullable String input, List<Problem> problems) {
        if (tooLong(input, CONTACT_MAX_LENGTH)) {
            problems.add(Problem.of(field, "validation.contact.tooLong", CONTACT_MAX_LENGTH));
            return Optional.empty();
        }
        Optional<Contact> contact = Contact.parse(input);
        if (contact.isEmpty()) {
            problems.add(Problem.of(field, "validation.contact.format"));
        }
        return contact;
    }

    /** Whether a contact typed by someone is longer than any contact can be: refused with its own message. */
    public static boolean contactTooLong(@Nullable String input) {
        return tooLong(input, CONTACT_MAX_LENGTH);
    }

    private static boolean tooLong(@Nullable String input, int max) {
        return input != null && input.strip().length() > max;
    }

    /**
     * An e-mail address or Vietnamese mobile number in the form accounts keep it (lower case; ten digits), or
     * empty when it is neither. Looks nothing up.
     */
    public static Optional<String> normalisedContact(@Nullable String input) {
        return Contact.parse(input).map(Contact::value);
    }

    /**
     * Whether someone born in this year may be a child now: with the year of birth alone, anyone who turns
     * {@link #GUARDIAN_BELOW_AGE} this year or later counts as one until the year is over.
     */
    @PermitAll
    public boolean needsGuardian(int birthYear) {
        return birthYear >= Year.now(clock.withZone(ProvinceTime.ZONE)).getValue() - GUARDIAN_BELOW_AGE;
    }

    private Optional<Contact> checkGuardian(Registration registration, Optional<Contact> own, List<Problem> problems) {
        String name = registration.guardianName() == null ? "" : registration.guardianName().strip();
        if (name.length() < 2 || name.length() > FULL_NAME_MAX_LENGTH || !name.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*")) {
            problems.add(Problem.of("guardianName", "validation.guardian.name"));
        }
        Optional<Contact> contact = Optional.empty();
        if (tooLong(registration.guardianContact(), CONTACT_MAX_LENGTH)) {
            problems.add(Problem.of("guardianContact", "validation.contact.tooLong", CONTACT_MAX_LENGTH));
        } else {
            contact = Contact.parse(registration.guardianContact());
            if (contact.isEmpty() || contact.equals(own)) {
                problems.add(Problem.of("guardianContact", "validation.guardian.contact"));
            }
        }
        if (!registration.guardianConsent()) {
            problems.add(Problem.of("guardianConsent", "validation.guardian.consent"));
        }
        return contact;
    }

    /** The caller's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSummary me() {
        return summary(own());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountSummary updateProfile(ProfileChange change) {
        Account account = own();
        List<Problem> problems = new ArrayList<>();
        String fullName = checkFullName(change.fullName(), problems);
        Optional<Contact> contact = checkContact("contact", change.contact(), problems);
        int birthYear = checkBirthYear(change.birthYear(), problems);
        long unitId = checkUnit(change.unitId(), problems);
        if (!problems.isEmpty() || contact.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!contact.get().value().equals(account.loginName())) {
            if (change.currentPassword() == null
                    || !passwordEncoder.matches(change.currentPassword(), account.passwordHash())) {
                throw InvalidInputException.of("currentPassword", "validation.password.neededForContact");
            }
            if (accounts.existsByContact(contact.get())) {
                throw InvalidInputException.of("contact", "validation.contact.unavailable");
            }
        }
        account.changeProfile(fullName, contact.get(), birthYear, unitId);
        try {
            accounts.flush();
        } catch (DataIntegrityViolationException e) {
            throw InvalidInputException.of("contact", "validation.contact.unavailable");
        }
        return summary(account);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Account account = own();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "validation.password.wrongCurrent");
        }
        PasswordRules.problem(newPassword, personalWords(account.fullName(), account.loginName()))
                .ifPresent(key -> {
                    throw InvalidInputException.of("newPassword", key, PasswordRules.MIN_LENGTH);
                });
        account.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordChanged(account.id()));
    }

    /** Remembers the interface language of the caller ("vi" or "en"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeLanguage(Locale locale) {
        String language = locale.getLanguage();
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.of("language", "validation.language");
        }
        own().changeLanguage(language);
    }

    /** One account, for administrators and the platform's own tasks (certificates name their holder). */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public AccountSummary summary(long accountId) {
        return summary(account(accountId));
    }

    /**
     * The account with exactly this e-mail or phone number, for the platform's own loaders (the demo contest)
     * and administrators; never shown to other people, who would learn who has an account.
     */
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Optional<PersonName> lookUp(String emailOrPhone) {
        return Contact.parse(emailOrPhone).flatMap(accounts::findByContact).filter(Account::enabled)
                .map(a -> new PersonName(a.id(), a.fullName()));
    }

    /** Full names of accounts, for organisers' and judges' lists. */
    @RolesAllowed({"ORGANISER", "ADMIN", "JUDGE"})
    @Transactional(readOnly = true)
    public Map<Long, String> fullNames(java.util.Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.names(accountIds).stream()
                .collect(Collectors.toMap(PersonName::accountId, PersonName::fullName, (a, b) -> a));
    }

    /** Enabled accounts holding a role, by name: organisers choose a review panel among the judges. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public List<PersonName> withRole(Role role) {
        return accounts.search("", "", "", role, null, false, Pageable.unpaged()).stream().filter(Account::enabled)
                .map(a -> new PersonName(a.id(), a.fullName())).toList();
    }

    /** The unit of each of these accounts, for organisers working out which judges conflict with which ideas. */
    @RolesAllowed({"ORGANISER", "ADMIN"})
    @Transactional(readOnly = true)
    public Map<Long, Long> unitIds(java.util.Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().collect(Collectors.toMap(Account::id, Account::unitId));
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<AccountSummary> find(AccountQuery query, int offset, int limit) {
        int size = Math.max(1, limit);
        List<String> words = words(query.text());
        List<Account> page = accounts.search(words.get(0), words.get(1), words.get(2), query.role(), query.unitId(),
                query.unitVanished(), PageRequest.of(offset / size, size));
        Map<Long, String> unitNames = unitNames();
        return page.stream().map(a -> summary(a, unitNames)).toList();
    }

    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public long count(AccountQuery query) {
        List<String> words = words(query.text());
        return accounts.countSearch(words.get(0), words.get(1), words.get(2), query.role(), query.unitId(),
                query.unitVanished());
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public AccountSummary grant(long accountId, Role role) {
        Account account = account(accountId);
        Set<Role> before = account.roles();
        account.grant(role);
        rolesChanged(account, before);
        return summary(account);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public AccountSummary revoke(long accountId, Role role) {
        Account account = account(accountId);
        if (role == Role.ADMIN && accountId == currentUser.requireAccountId()) {
            throw InvalidInputException.of("", "validation.admin.notSelf");
        }
        Set<Role> before = account.roles();
        account.revoke(role);
        rolesChanged(account, before);
        return summary(account);
    }

    /** Gives the account exactly these roles, at once. */
    @RolesAllowed("ADMIN")
    @Transactional
    public AccountSummary changeRoles(long accountId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "validation.roles.empty");
        }
        Account account = account(accountId);
        if (!roles.contains(Role.ADMIN) && account.roles().contains(Role.ADMIN)
                && accountId == currentUser.requireAccountId()) {
            throw InvalidInputException.of("roles", "validation.admin.notSelf");
        }
        Set<Role> before = account.roles();
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                account.grant(role);
            } else {
                account.revoke(role);
            }
        }
        rolesChanged(account, before);
        return summary(account);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public AccountSummary disable(long accountId) {
        if (currentUser.accountId().filter(id -> id == accountId).isPresent()) {
            throw InvalidInputException.of("", "validation.admin.notSelf");
        }
        Account account = account(accountId);
        if (account.enabled()) {
            account.disable();
            events.publishEvent(new AccountDisabled(accountId, currentUser.accountId().orElse(null)));
        }
        return summary(account);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public AccountSummary enable(long accountId) {
        Account account = account(accountId);
        account.enable();
        return summary(account);
    }

    private void rolesChanged(Account account, Set<Role> before) {
        if (!before.equals(account.roles())) {
            events.publishEvent(new RolesChanged(account.id(), before, account.roles(),
                    currentUser.accountId().orElse(null)));
        }
    }

    private Account own() {
        return account(currentUser.requireAccountId());
    }

    private Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> InvalidInputException.of("", "validation.account.unknown"));
    }

    private String checkFullName(@Nullable String input, List<Problem> problems) {
        String fullName = input == null ? "" : input.strip().replaceAll("\\s+", " ");
        if (fullName.length() < 2 || fullName.length() > FULL_NAME_MAX_LENGTH
                || !fullName.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*")) {
            problems.add(Problem.of("fullName", "validation.fullName", FULL_NAME_MAX_LENGTH));
        }
        return fullName;
    }

    private int checkBirthYear(@Nullable Integer birthYear, List<Problem> problems) {
        int latest = Year.now(clock.withZone(ProvinceTime.ZONE)).getValue() - YOUNGEST_AGE;
        if (birthYear == null || birthYear < OLDEST_BIRTH_YEAR || birthYear > latest) {
            problems.add(Problem.of("birthYear", "validation.birthYear", OLDEST_BIRTH_YEAR, latest));
            return 0;
        }
        return birthYear;
    }

    private long checkUnit(@Nullable Long unitId, List<Problem> problems) {
        if (unitId == null || !units.existsById(unitId)) {
            problems.add(Problem.of("unit", "validation.unit.choose"));
            return 0;
        }
        return unitId;
    }

    private static String[] personalWords(@Nullable String fullName, @Nullable String contact) {
        List<String> words = new ArrayList<>();
        if (fullName != null) {
            words.addAll(List.of(fullName.strip().split("\\s+")));
        }
        if (contact != null) {
            words.add(contact.strip().split("@")[0]);
        }
        return words.toArray(String[]::new);
    }

    /** Up to three prefix patterns of the indexed search words, '' where fewer were typed. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>(SearchWords.patterns(text));
        while (words.size() < SearchWords.MAX_QUERY_WORDS) {
            words.add("");
        }
        return words;
    }

    private Map<Long, String> unitNames() {
        return units.findAll().stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private AccountSummary summary(Account account) {
        String unitName = units.findById(account.unitId()).map(Unit::name).orElse("");
        return summary(account, Map.of(account.unitId(), unitName));
    }

    private static AccountSummary summary(Account account, Map<Long, String> unitNames) {
        return new AccountSummary(account.id(), account.fullName(), account.email(), account.phone(),
                account.birthYear(), account.unitId(), unitNames.getOrDefault(account.unitId(), ""), account.roles(),
                account.enabled(), account.language(), account.createdAt(), account.formerUnitName());
    }

}
