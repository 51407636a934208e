package cn.hezuo.evaluation;

import cn.hezuo.school.ClassCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new class starts with the default evaluation items, in the same transaction that creates it. */
@Component
class DefaultItemsForNewClasses {

    private final EvaluationItemService items;

    DefaultItemsForNewClasses(EvaluationItemService items) {
        this.items = items;
    }

    @EventListener
    void on(ClassCreated created) {
        items.createDefaults(created.schoolId(), created.classId(), created.className(), created.locale());
    }
}
