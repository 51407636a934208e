package cn.hezuo.system;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.function.Function;

/**
 * How Chinese teachers expect lists sorted: names by pinyin (ICU's zh collation — 安 before 白 before 陈),
 * and numbers inside names by value, so 七年级2班 comes before 七年级10班.
 */
public final class ChineseOrder {

    private static final Collator COLLATOR = createCollator();

    private ChineseOrder() {
    }

    private static Collator createCollator() {
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);
        collator.setNumericCollation(true);
        // Frozen collators are immutable and safe to share between request threads.
        return collator.freeze();
    }

    public static Comparator<String> strings() {
        return COLLATOR::compare;
    }

    public static <T> Comparator<T> by(Function<T, String> key) {
        return (a, b) -> COLLATOR.compare(key.apply(a), key.apply(b));
    }
}
