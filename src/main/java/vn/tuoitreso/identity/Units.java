package vn.tuoitreso.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tuoitreso.identity.account.Account;
import vn.tuoitreso.identity.account.AccountRepository;
import vn.tuoitreso.identity.unit.Unit;
import vn.tuoitreso.identity.unit.UnitRepository;
import vn.tuoitreso.shared.InvalidInputException;

/** The tree of organisation units: everyone may read it; administrators edit it. */
@Service
public class Units {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9-]{2,40}$");

    private final UnitRepository units;
    private final AccountRepository accounts;

    private final Clock clock;

    Units(UnitRepository units, AccountRepository accounts, Clock clock) {
        this.units = units;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** All units in tree order (each parent before its children), with depth and full path. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<UnitSummary> tree() {
        List<Unit> all = units.findAllByOrderByDisplayOrderAscNameAsc();
        Map<@Nullable Long, List<Unit>> byParent = new HashMap<>();
        for (Unit unit : all) {
            byParent.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
        }
        List<UnitSummary> result = new ArrayList<>(all.size());
        addChildren(byParent, null, 0, "", result);
        return result;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<UnitSummary> find(long id) {
        return tree().stream().filter(u -> u.id() == id).findFirst();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public UnitSummary create(@Nullable Long parentId, String code, String name, UnitType type) {
        String normalisedCode = code.strip().toUpperCase(java.util.Locale.ROOT);
        String normalisedName = name.strip();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (!CODE.matcher(normalisedCode).matches()) {
            problems.add(InvalidInputException.Problem.of("code", "validation.unit.code"));
        } else if (units.findByCode(normalisedCode).isPresent()) {
            problems.add(InvalidInputException.Problem.of("code", "validation.unit.codeTaken"));
        }
        checkName(normalisedName, problems);
        if (parentId != null && !units.existsById(parentId)) {
            problems.add(InvalidInputException.Problem.of("parent", "validation.unit.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Unit unit = units.save(new Unit(normalisedCode, normalisedName, type, parentId, (int) units.count()));
        return find(unit.id()).orElseThrow();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void rename(long id, String name, UnitType type) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        checkName(name.strip(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        unit(id).rename(name.strip(), type);
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void move(long id, @Nullable Long newParentId) {
        Unit unit = unit(id);
        for (Long p = newParentId; p != null; p = unit(p).parentId()) {
            if (p == id) {
                throw InvalidInputException.of("parent", "validation.unit.cycle");
            }
        }
        unit.moveUnder(newParentId);
    }

    /** Deletes a unit that has no sub-units and no members. */
    @RolesAllowed("ADMIN")
    @Transactional
    public void delete(long id) {
        Unit unit = unit(id);
        if (units.existsByParentId(id)) {
            throw InvalidInputException.of("", "validation.unit.hasChildren");
        }
        if (accounts.existsByUnitId(id)) {
            throw InvalidInputException.of("", "validation.unit.hasMembers");
        }
        units.delete(unit);
    }

    /**
     * Adds the units of the seed file that are missing, found by code. Units already present keep the
     * names administrators gave them. Returns how many were added.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public int importTree(List<UnitDefinition> roots) {
        int[] added = {0};
        for (UnitDefinition root : roots) {
            importUnit(root, null, added);
        }
        return added[0];
    }

    /**
     * Brings the tree in line with the whole seed file: adds what is missing ({@link #importTree}) and removes the
     * units an earlier seed brought that this one no longer has. Their accounts are moved to the seed's first root,
     * the province union, and remembered as moved for administrators; units added by hand under a removed unit move
     * there too. Returns how many accounts were moved.
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public int importSeed(List<UnitDefinition> roots) {
        if (roots.isEmpty()) {
            return 0;
        }
        importTree(roots);
        Set<String> codes = new HashSet<>();
        roots.forEach(root -> collectCodes(root, codes));
        Unit province = units.findByCode(roots.get(0).code()).orElseThrow();
        Instant now = clock.instant();
        int moved = 0;
        List<Unit> vanished = units.findBySeededTrue().stream().filter(u -> !codes.contains(u.code()))
                .sorted(Comparator.comparingInt((Unit u) -> depth(u)).reversed()).toList();
        for (Unit unit : vanished) {
            for (Account account : accounts.findByUnitId(unit.id())) {
                account.unitVanished(unit.name(), province.id(), now);
                moved++;
            }
            for (Unit child : units.findByParentId(unit.id())) {
                child.moveUnder(province.id());
            }
            accounts.flush();
            units.flush();
            units.delete(unit);
            units.flush();
        }
        return moved;
    }

    private int depth(Unit unit) {
        int depth = 0;
        for (Long parent = unit.parentId(); parent != null && depth < 100; depth++) {
            parent = units.findById(parent).map(Unit::parentId).orElse(null);
        }
        return depth;
    }

    private static void collectCodes(UnitDefinition definition, Set<String> codes) {
        codes.add(definition.code());
        definition.children().forEach(child -> collectCodes(child, codes));
    }

    private void importUnit(UnitDefinition definition, @Nullable Long parentId, int[] added) {
        Unit unit = units.findByCode(definition.code()).orElseGet(() -> {
            added[0]++;
            Unit created = new Unit(definition.code(), definition.name(), definition.type(), parentId,
                    (int) units.count());
            // only what the seed brought may go with the seed; a unit an administrator added stays
            created.markSeeded();
            return units.save(created);
        });
        for (UnitDefinition child : definition.children()) {
            importUnit(child, unit.id(), added);
        }
    }

    private Unit unit(long id) {
        return units.findById(id).orElseThrow(() -> InvalidInputException.of("", "validation.unit.unknown"));
    }

    private static void checkName(String name, List<InvalidInputException.Problem> problems) {
        if (name.length() < 2 || name.length() > Unit.NAME_MAX_LENGTH) {
            problems.add(InvalidInputException.Problem.of("name", "validation.unit.name", Unit.NAME_MAX_LENGTH));
        }
    }

    private static void addChildren(Map<@Nullable Long, List<Unit>> byParent, @Nullable Long parentId, int depth,
            String parentPath, List<UnitSummary> result) {
        for (Unit unit : byParent.getOrDefault(parentId, List.of())) {
            String path = parentPath.isEmpty() ? unit.name() : parentPath + " › " + unit.name();
            result.add(new UnitSummary(unit.id(), unit.code(), unit.name(), unit.type(), unit.parentId(), depth, path));
            addChildren(byParent, unit.id(), depth + 1, path, result);
        }
    }
}
