package cn.hezuo.research.rubric;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's rubrics: the admin (教导处) makes them and switches them off; items never change once made, so every
 * score keeps the meaning it had. Items come as lines {@code 名称 | 满分 | 权重 | 说明} (weight and descriptor optional;
 * the weight defaults to the maximum).
 */
@Service
public class RubricService {

    static final int MAX_ITEMS = 20;

    private final RubricRepository rubrics;
    private final AuditTrail audit;
    private final Clock clock;

    RubricService(RubricRepository rubrics, AuditTrail audit, Clock clock) {
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
    }

    /** One parsed item line. */
    public record ItemLine(String name, BigDecimal maxScore, BigDecimal weight, String descriptor) {
    }

    @Transactional
    public Rubric create(HezuoUser user, String name, String description, String itemLines) {
        requireAdmin(user);
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new RuleViolationException("research.rubric.error.name");
        }
        if (n.length() > 100) {
            throw new RuleViolationException("research.error.tooLong", 100);
        }
        if (rubrics.existsBySchoolIdAndName(user.schoolId(), n)) {
            throw new RuleViolationException("research.rubric.error.nameTaken", n);
        }
        List<ItemLine> items = parse(itemLines);
        Rubric rubric = new Rubric(user.schoolId(), n, blank(description, 500), user.getUsername(), clock.instant());
        items.forEach(i -> rubric.addItem(i.name(), i.descriptor(), i.maxScore(), i.weight()));
        Rubric saved = rubrics.save(rubric);
        audit.record("CREATE", "Rubric", saved.getId(), AuditText.of("audit.msg.research.rubric", n, items.size()));
        return saved;
    }

    @Transactional
    public void setActive(HezuoUser user, long rubricId, boolean active) {
        requireAdmin(user);
        Rubric rubric = rubrics.findByIdAndSchoolId(rubricId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("rubric", rubricId));
        if (rubric.isActive() != active) {
            rubric.setActive(active);
            audit.record("UPDATE", "Rubric", rubricId, AuditText.of(active ? "audit.msg.research.rubricOn"
                    : "audit.msg.research.rubricOff", rubric.getName()));
        }
    }

    @Transactional(readOnly = true)
    public List<Rubric> all(long schoolId) {
        return rubrics.findBySchoolIdOrderByIdAsc(schoolId);
    }

    @Transactional(readOnly = true)
    public List<Rubric> active(long schoolId) {
        return all(schoolId).stream().filter(Rubric::isActive).toList();
    }

    @Transactional(readOnly = true)
    public Rubric require(long schoolId, long rubricId) {
        return rubrics.findByIdAndSchoolId(rubricId, schoolId).orElseThrow(() -> new NotFoundException("rubric", rubricId));
    }

    /** Lines {@code 名称 | 满分 | 权重 | 说明}, separated by |, ｜ or a tab; blank lines skipped. */
    static List<ItemLine> parse(String text) {
        List<ItemLine> items = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNo = i + 1;
            String[] f = line.split("\\s*[|｜\\t]\\s*", 4);
            String name = f[0].strip();
            if (name.isEmpty() || name.length() > 100) {
                throw new RuleViolationException("research.rubric.error.itemName", lineNo);
            }
            if (f.length < 2) {
                throw new RuleViolationException("research.rubric.error.itemMax", lineNo, name);
            }
            BigDecimal max = number(f[1]);
            if (max == null || max.signum() <= 0 || max.compareTo(BigDecimal.valueOf(1000)) > 0 || max.scale() > 1) {
                throw new RuleViolationException("research.rubric.error.itemMax", lineNo, name);
            }
            BigDecimal weight = f.length > 2 && !f[2].isBlank() ? number(f[2]) : max;
            if (weight == null || weight.signum() < 0 || weight.compareTo(BigDecimal.valueOf(1000)) > 0 || weight.scale() > 1) {
                throw new RuleViolationException("research.rubric.error.itemWeight", lineNo, name);
            }
            String descriptor = f.length > 3 ? blank(f[3], 500) : null;
            if (items.stream().anyMatch(it -> it.name().equals(name))) {
                throw new RuleViolationException("research.rubric.error.itemTwice", lineNo, name);
            }
            items.add(new ItemLine(name, max.setScale(1), weight.setScale(1), descriptor));
        }
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new RuleViolationException("research.rubric.error.itemCount", MAX_ITEMS);
        }
        if (items.stream().allMatch(it -> it.weight().signum() == 0)) {
            throw new RuleViolationException("research.rubric.error.weights");
        }
        return items;
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blank(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new RuleViolationException("research.error.tooLong", max);
        }
        return t;
    }

    private static void requireAdmin(HezuoUser user) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("rubrics");
        }
    }
}
