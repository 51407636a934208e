package cn.hezuo.roster.importing;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a 班级 cell names a class, the ways schools write it: the class's own name ("七年级1班"), its number
 * ("1班", "(1)班", "1"), with the grade ("七年级(1)班", "7.1", "7-1", "初一1班" for 七年级).
 */
final class ClassNameMatch {

    private static final Pattern CLASS_NUMBER = Pattern.compile("\\(?(\\d+)\\)?班$");
    private static final Pattern GRADE_NUMBER = Pattern.compile("^([一二三四五六七八九]|十[一二]?|\\d+)年级");
    private static final Map<String, Integer> CHINESE = Map.ofEntries(Map.entry("一", 1), Map.entry("二", 2),
            Map.entry("三", 3), Map.entry("四", 4), Map.entry("五", 5), Map.entry("六", 6), Map.entry("七", 7),
            Map.entry("八", 8), Map.entry("九", 9), Map.entry("十", 10), Map.entry("十一", 11), Map.entry("十二", 12));
    private static final String[] JUNIOR = {"初一", "初二", "初三"};
    private static final String[] SENIOR = {"高一", "高二", "高三"};

    private final Set<String> names = new HashSet<>();

    ClassNameMatch(String className, String gradeName) {
        String name = normalize(className);
        names.add(name);
        Matcher number = CLASS_NUMBER.matcher(name);
        if (!number.find()) {
            return;
        }
        String n = String.valueOf(Integer.parseInt(number.group(1)));
        names.addAll(Set.of(n + "班", "(" + n + ")班", n));
        String grade = gradeName == null ? "" : normalize(gradeName);
        if (grade.isEmpty()) {
            return;
        }
        names.addAll(Set.of(grade + n + "班", grade + "(" + n + ")班"));
        Matcher g = GRADE_NUMBER.matcher(grade);
        if (g.find()) {
            int year = CHINESE.containsKey(g.group(1)) ? CHINESE.get(g.group(1)) : Integer.parseInt(g.group(1));
            names.addAll(Set.of(year + "." + n, year + "-" + n, year + "(" + n + ")", year + "(" + n + ")班"));
            String alias = year >= 7 && year <= 9 ? JUNIOR[year - 7] : year >= 10 && year <= 12 ? SENIOR[year - 10] : null;
            if (alias != null) {
                names.addAll(Set.of(alias + n + "班", alias + "(" + n + ")班", alias + "." + n));
            }
        }
    }

    boolean matches(String cell) {
        return names.contains(normalize(cell));
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u3000]+", "").replace('（', '(').replace('）', ')');
    }
}
