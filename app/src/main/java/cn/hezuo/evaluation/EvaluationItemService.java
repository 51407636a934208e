package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation items of a class, kept by its teachers (head teacher, subject teachers, admin). A class gets
 * defaults from the cooperative-lesson stages when it is created, named in its creator's language.
 */
@Service
public class EvaluationItemService {

    /** The defaults: message key, kind, points, icon, colour, stage. */
    private record Default(String key, ItemKind kind, int points, ItemIcon icon, ItemColour colour, Stage stage) {
    }

    private static final List<Default> DEFAULTS = List.of(
            new Default("selfStudy", ItemKind.PRAISE, 1, ItemIcon.PEN, ItemColour.INFO, Stage.SELF_STUDY),
            new Default("speak", ItemKind.PRAISE, 1, ItemIcon.HAND, ItemColour.PRIMARY, Stage.SELF_STUDY),
            new Default("cooperate", ItemKind.PRAISE, 2, ItemIcon.HEART, ItemColour.SUCCESS, Stage.COOPERATION),
            new Default("present", ItemKind.PRAISE, 3, ItemIcon.STAR, ItemColour.WARNING, Stage.PRESENTATION),
            new Default("question", ItemKind.PRAISE, 2, ItemIcon.BULB, ItemColour.INFO, Stage.PRESENTATION),
            new Default("result", ItemKind.PRAISE, 2, ItemIcon.CHECK, ItemColour.SUCCESS, Stage.LEARNING_RESULT),
            new Default("homework", ItemKind.PRAISE, 2, ItemIcon.FLAG, ItemColour.PRIMARY, Stage.HOMEWORK),
            new Default("keepGoing", ItemKind.IMPROVE, 0, ItemIcon.SMILE, ItemColour.SECONDARY, Stage.LEARNING_RESULT),
            new Default("discipline", ItemKind.IMPROVE, -1, ItemIcon.BELL, ItemColour.DANGER, Stage.DISCIPLINE),
            new Default("homeworkMissing", ItemKind.IMPROVE, -1, ItemIcon.WARN, ItemColour.DANGER, Stage.HOMEWORK));

    private final EvalItemRepository items;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final MessageSource messages;

    EvaluationItemService(EvalItemRepository items, ClassAccess access, AuditTrail audit, MessageSource messages) {
        this.items = items;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** The class's items in button order, retired ones left out (the calling page offers them after a draw). */
    @Transactional(readOnly = true)
    public List<EvalItem> activeItems(long classId) {
        return items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(classId);
    }

    /**
     * Creates the default items if the class has none yet; true when it did. Called when a class is created
     * ({@link DefaultItemsForNewClasses}) and by the button a class from before that has no items shows — never by
     * opening a page, so looking changes nothing. Two clicks at once: the unique name refuses the second.
     */
    @Transactional
    public boolean createDefaults(long schoolId, long classId, String className, Locale locale) {
        if (items.existsByClassId(classId)) {
            return false;
        }
        int order = 0;
        for (Default d : DEFAULTS) {
            String name = messages.getMessage("evaluation.default." + d.key(), null, d.key(), locale);
            items.save(new EvalItem(schoolId, classId, ++order * 10, name, d.kind(), d.points(), d.icon(), d.colour(),
                    d.stage()));
        }
        items.flush();
        audit.record("CREATE", "EvalItem", classId, AuditText.of("audit.msg.eval.defaultItems", className,
                DEFAULTS.size()));
        return true;
    }

    /** The button on an empty board or item list: whoever may add items to the class (its teachers, the admin). */
    @Transactional
    public boolean createDefaults(HezuoUser user, long classId, Locale locale) {
        SchoolClass schoolClass = access.requireView(user, classId);
        return createDefaults(schoolClass.getSchoolId(), classId, schoolClass.getName(), locale);
    }

    @Transactional
    public EvalItem create(HezuoUser user, long classId, ItemForm form) {
        SchoolClass schoolClass = access.requireView(user, classId);
        String name = form.name().trim();
        requireUniqueName(classId, name, null);
        int order = items.findByClassIdOrderBySortOrderAscIdAsc(classId).stream().mapToInt(EvalItem::getSortOrder)
                .max().orElse(0) + 10;
        EvalItem item = items.save(new EvalItem(schoolClass.getSchoolId(), classId, order, name, form.kind(),
                form.points(), form.icon(), form.colour(), form.stage()));
        audit.record("CREATE", "EvalItem", item.getId(), AuditText.of("audit.msg.eval.itemCreated",
                schoolClass.getName(), name, item.getPointsLabel(), AuditText.of("evaluation.stage." + form.stage())));
        return item;
    }

    @Transactional
    public EvalItem update(HezuoUser user, long classId, long itemId, ItemForm form) {
        access.requireView(user, classId);
        EvalItem item = items.findByIdAndClassId(itemId, classId).orElseThrow(() -> new NotFoundException("item", itemId));
        if (form.version() == null || item.getVersion() != form.version()) {
            throw new ObjectOptimisticLockingFailureException(EvalItem.class, itemId);
        }
        String name = form.name().trim();
        requireUniqueName(classId, name, itemId);
        Changes changes = Changes.of().field("name", item.getName(), name).field("kind", item.getKind(), form.kind())
                .field("points", item.getPoints(), form.points()).field("icon", item.getIcon(), form.icon())
                .field("colour", item.getColour(), form.colour()).field("stage", item.getStage(), form.stage());
        item.update(name, form.kind(), form.points(), form.icon(), form.colour(), form.stage());
        audit.record("UPDATE", "EvalItem", itemId, changes.text(item.getName()));
        return item;
    }

    /** Retired items leave the board but keep their history; points already given stay as they were. */
    @Transactional
    public void setRetired(HezuoUser user, long classId, long itemId, boolean retired) {
        access.requireView(user, classId);
        EvalItem item = items.findByIdAndClassId(itemId, classId).orElseThrow(() -> new NotFoundException("item", itemId));
        item.setRetired(retired);
        audit.record("UPDATE", "EvalItem", itemId, AuditText.of(retired ? "audit.msg.eval.itemRetired"
                : "audit.msg.eval.itemRestored", item.getName()));
    }

    /**
     * The id of the class's item with this name, made (+1, praise, 合作探究) if the class has none: for features that
     * award points through {@link AwardService} under an item of their own (mutual help's 互助答疑). A retired item of
     * that name is brought back rather than doubled (item names are unique per class).
     */
    @Transactional
    public long itemNamed(HezuoUser user, long classId, String name) {
        access.requireView(user, classId);
        var existing = items.findByClassIdOrderBySortOrderAscIdAsc(classId).stream()
                .filter(i -> i.getName().equals(name)).findFirst();
        if (existing.isPresent()) {
            if (existing.get().isRetired()) {
                setRetired(user, classId, existing.get().getId(), false);
            }
            return existing.get().getId();
        }
        return create(user, classId, new ItemForm(name, ItemKind.PRAISE, 1, ItemIcon.HAND, ItemColour.SUCCESS,
                Stage.COOPERATION, -1)).getId();
    }

    private void requireUniqueName(long classId, String name, Long self) {
        boolean taken = items.findByClassIdOrderBySortOrderAscIdAsc(classId).stream()
                .anyMatch(i -> i.getName().equals(name) && !i.getId().equals(self));
        if (taken) {
            throw new RuleViolationException("evaluation.error.itemNameTaken", name);
        }
    }
}
