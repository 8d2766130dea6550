package vn.tuoitreso.identity;

/**
 * One module's part of a person's data export. A module that keeps data about people implements it (a
 * bean), so identity collects every part without knowing the modules that hold them. It is called in the
 * person's own security context: it returns what that caller may see of themselves, as values Jackson writes.
 */
public interface PersonalDataSection {

    /** The file name of this part in the export, without extension ("certificates"). */
    String name();

    /** The caller's own data in this module. */
    Object collectMine();
}
