package cn.hezuo.account;

import cn.hezuo.system.SignedInUser;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Serializable because HTTP sessions live in the database (Spring Session JDBC)
 * and any app node must be able to read them. Holds ids only; rights are looked up per request.
 */
public record HezuoUser(long accountId, long schoolId, String username, String passwordHash, String displayName,
                        Role role, Long teacherId, Long studentId, boolean enabled, boolean mustChangePassword)
        implements UserDetails, SignedInUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isTeacher() {
        return role == Role.TEACHER;
    }

    public boolean isStudent() {
        return role == Role.STUDENT;
    }

    public boolean isParent() {
        return role == Role.PARENT;
    }

    /** The same user after a password change: sessions keep no stale flag and no old hash. */
    public HezuoUser withPasswordChanged(String newHash) {
        return new HezuoUser(accountId, schoolId, username, newHash, displayName, role, teacherId, studentId,
                enabled, false);
    }
}
