package vn.tuoitreso.identity.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import vn.tuoitreso.identity.UnitType;
import vn.tuoitreso.shared.IdentifiedEntity;

@Entity
@Table(name = "identity_unit")
public class Unit extends IdentifiedEntity {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int CODE_MAX_LENGTH = 40;


    @Column(nullable = false, length = CODE_MAX_LENGTH)
    private String code = "";

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UnitType type = UnitType.COMMUNE;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "display_order")
    private int displayOrder;

    /** Brought by the seed file (not added by an administrator): it goes when the seed no longer has it. */
    private boolean seeded;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitType type, @Nullable Long parentId, int displayOrder) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parentId = parentId;
        this.displayOrder = displayOrder;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitType type() {
        return type;
    }

    public @Nullable Long parentId() {
        return parentId;
    }

    public int displayOrder() {
        return displayOrder;
    }

    public void rename(String name, UnitType type) {
        this.name = name;
        this.type = type;
    }

    public boolean seeded() {
        return seeded;
    }

    public void markSeeded() {
        seeded = true;
    }

    public void moveUnder(@Nullable Long parentId) {
        this.parentId = parentId;
    }
}
