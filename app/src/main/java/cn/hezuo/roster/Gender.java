package cn.hezuo.roster;

/** Stored as one letter; shown as 男/女 through the message bundle. */
public enum Gender {
    M, F;

    public String messageKey() {
        return "gender." + name();
    }
}
