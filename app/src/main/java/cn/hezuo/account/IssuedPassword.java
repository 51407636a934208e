package cn.hezuo.account;

/** A password issued by the system: shown once (slip or screen), never stored in clear. */
public record IssuedPassword(long accountId, String username, String displayName, String password) {
}
