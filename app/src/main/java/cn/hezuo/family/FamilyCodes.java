package cn.hezuo.family;

import cn.hezuo.account.AccountService;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.account.Role;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time invitation codes (家长邀请码): the head teacher prints one per child; a parent redeems it once, either
 * registering a new parent account (choosing their own password) or, signed in, adding the child to their account.
 * Codes are 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), kept only as a SHA-256 hash, valid
 * for {@link #VALID_FOR}, single use. Guessing is slowed down: {@link #MAX_FAILURES} failed redemptions from one
 * address within {@link #FAILURE_WINDOW} pause that address. Every issue, redemption and failure is audited.
 */
@Service
class FamilyCodes {

    static final Duration VALID_FOR = Duration.ofDays(14);
    static final int MAX_FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /** A code as printed for one child; the code exists in clear only on this slip. */
    record IssuedCode(String childName, String childNo, String code, LocalDate expiresOn) {
    }

    /** A parent registering with a code: the child's code, their login, a name to show and a password. */
    record Registration(String code, String username, String displayName, String password) {
    }

    private final FamilyCodeRepository codes;
    private final FamilyCodeAttempts attempts;
    private final FamilyParentRepository parents;
    private final FamilyChildRepository children;
    private final StudentDirectory students;
    private final ClassAccess access;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FamilyCodes(FamilyCodeRepository codes, FamilyCodeAttempts attempts, FamilyParentRepository parents,
                FamilyChildRepository children, StudentDirectory students, ClassAccess access, AccountService accounts,
                AuditTrail audit, Clock clock) {
        this.codes = codes;
        this.attempts = attempts;
        this.parents = parents;
        this.children = children;
        this.students = students;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    List<IssuedCode> issue(HezuoUser user, long classId, Collection<Long> studentIds) {
        access.requireManage(user, classId);
        List<Student> chosen = students.activeOfClass(classId).stream().filter(s -> studentIds.contains(s.getId()))
                .toList();
        if (chosen.isEmpty()) {
            throw new RuleViolationException("family.error.noStudentChosen");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        List<IssuedCode> issued = new ArrayList<>();
        for (Student student : chosen) {
            String code = newCode();
            FamilyCode saved = codes.save(new FamilyCode(user.schoolId(), classId, student.getId(), hash(code),
                    user.getUsername(), now, expires));
            audit.record("CREATE", "FamilyCode", saved.getId(),
                    AuditText.of("audit.msg.family.codeIssued", student.getName()));
            issued.add(new IssuedCode(student.getName(), student.getStudentNo(), format(code),
                    expires.atZone(clock.getZone()).toLocalDate()));
        }
        return issued;
    }

    /** A code of the class still waiting for a parent: the child it is for, when it was printed and when it expires. */
    record OpenCode(long id, String childName, String childNo, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /** The class's codes that could still be redeemed (not used, not revoked, not expired), oldest first. */
    @Transactional(readOnly = true)
    List<OpenCode> open(HezuoUser user, long classId) {
        access.requireManage(user, classId);
        List<FamilyCode> open = codes.findByClassIdAndUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfterOrderByIdAsc(
                classId, clock.instant());
        Map<Long, Student> byId = new HashMap<>();
        students.findAll(open.stream().map(FamilyCode::getStudentId).distinct().toList())
                .forEach(s -> byId.put(s.getId(), s));
        return open.stream().filter(c -> byId.containsKey(c.getStudentId())).map(c -> new OpenCode(c.getId(),
                byId.get(c.getStudentId()).getName(), byId.get(c.getStudentId()).getStudentNo(),
                c.getCreatedAt().atZone(clock.getZone()).toLocalDate(),
                c.getExpiresAt().atZone(clock.getZone()).toLocalDate())).toList();
    }

    /**
     * Withdraws a code not used yet (a lost slip, the wrong child): a parent who enters it later is told it was
     * revoked. A used code cannot be revoked — unlink the parent instead; revoking twice changes nothing.
     */
    @Transactional
    void revoke(HezuoUser user, long classId, long codeId) {
        access.requireManage(user, classId);
        FamilyCode code = codes.findByIdAndClassId(codeId, classId)
                .orElseThrow(() -> new NotFoundException("familyCode", codeId));
        if (code.getUsedAt() != null) {
            throw new RuleViolationException("family.error.code.revokeUsed");
        }
        if (code.getRevokedAt() != null) {
            return;
        }
        code.revoke(user.getUsername(), clock.instant());
        String child = students.find(code.getStudentId()).map(Student::getName).orElse("");
        audit.record("REVOKE", "FamilyCode", codeId, AuditText.of("audit.msg.family.codeRevoked", child));
    }

    /** A new parent account from a code; answers the new account's username. */
    @Transactional
    String register(Registration form, String remoteAddress) {
        FamilyCode code = usable(form.code(), remoteAddress);
        Student child = students.find(code.getStudentId()).orElseThrow(() -> new NotFoundException("student",
                code.getStudentId()));
        String username = form.username() == null ? "" : form.username().trim();
        if (username.length() < 3 || username.length() > 40 || !username.matches("[A-Za-z0-9_.-]+")) {
            throw new RuleViolationException("family.error.username");
        }
        String name = form.displayName() == null || form.displayName().isBlank() ? child.getName() + "家长"
                : form.displayName().trim();
        if (name.length() > 50) {
            throw new RuleViolationException("family.error.displayName");
        }
        long accountId = accounts.createWithOwnPassword(code.getSchoolId(), username, Role.PARENT, name,
                form.password() == null ? "" : form.password());
        FamilyParent parent = parents.save(new FamilyParent(code.getSchoolId(), accountId, name, clock.instant()));
        link(parent, code, child, username);
        return username;
    }

    /** A signed-in parent adds another child with that child's code. */
    @Transactional
    Student addChild(HezuoUser user, FamilyParent parent, String rawCode, String remoteAddress) {
        FamilyCode code = usable(rawCode, remoteAddress);
        if (!code.getSchoolId().equals(parent.getSchoolId())) {
            throw refused(remoteAddress, "family.error.code.wrong");
        }
        Student child = students.find(code.getStudentId()).orElseThrow(() -> new NotFoundException("student",
                code.getStudentId()));
        if (children.existsByParentIdAndStudentId(parent.getId(), child.getId())) {
            throw new RuleViolationException("family.error.alreadyLinked", child.getName());
        }
        link(parent, code, child, user.getUsername());
        return child;
    }

    private void link(FamilyParent parent, FamilyCode code, Student child, String username) {
        code.use(parent.getId(), clock.instant());
        children.save(new FamilyChild(parent.getId(), child.getId(), clock.instant()));
        audit.record(parent.getSchoolId(), username, "REDEEM", "FamilyCode", code.getId(),
                AuditText.of("audit.msg.family.linked", username, child.getName()));
    }

    /** The code if it can be redeemed now; each refusal counts against the address and says why in Chinese. */
    private FamilyCode usable(String rawCode, String remoteAddress) {
        if (attempts.paused(remoteAddress)) {
            throw new RuleViolationException("family.error.code.tooMany");
        }
        String normalised = normalise(rawCode);
        if (normalised.length() != 8) {
            // not even the shape of a code (empty, a typo's length): no guess to count against the address
            throw new RuleViolationException("family.error.code.wrong");
        }
        FamilyCode code = codes.findByCodeHash(hash(normalised)).orElse(null);
        if (code == null) {
            throw refused(remoteAddress, "family.error.code.wrong");
        }
        if (code.getUsedAt() != null) {
            throw refused(remoteAddress, "family.error.code.used");
        }
        if (code.getRevokedAt() != null) {
            throw refused(remoteAddress, "family.error.code.revoked");
        }
        if (!clock.instant().isBefore(code.getExpiresAt())) {
            throw refused(remoteAddress, "family.error.code.expired");
        }
        return code;
    }

    private RuleViolationException refused(String remoteAddress, String key) {
        attempts.failed(remoteAddress, key);
        return new RuleViolationException(key);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Upper case, without spaces and dashes: "abcd-2345" and "ABCD 2345" are the same code. */
    static String normalise(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    private static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }

    static String hash(String normalisedCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalisedCode.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
