package cn.hezuo.system;

/**
 * What generic infrastructure (the audit trail, the change-password filter) needs to know of the signed-in person,
 * without knowing the account feature: the account's principal implements it.
 */
public interface SignedInUser {

    long schoolId();

    String getUsername();

    boolean mustChangePassword();
}
