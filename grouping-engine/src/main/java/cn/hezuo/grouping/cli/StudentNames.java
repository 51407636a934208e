package cn.hezuo.grouping.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Students named on the command line: by id, or by name when exactly one student has it
 * ({@code --apart 张三+李四}). An ambiguous name is refused with the ids to use instead.
 */
final class StudentNames {

    private final Map<String, Integer> idIndex = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();

    /** @param names name per student (null entries when there is no name column) */
    StudentNames(List<String> ids, List<String> names) {
        for (int r = 0; r < ids.size(); r++) {
            idIndex.putIfAbsent(ids.get(r), r);
            if (names.get(r) != null) {
                byName.computeIfAbsent(names.get(r), k -> new ArrayList<>()).add(ids.get(r));
            }
        }
    }

    /** Ids of {@code A+B+C} (also with a full-width plus). */
    String[] resolveAll(String set, String option) {
        List<String> out = new ArrayList<>();
        for (String token : set.split("[+＋]")) {
            if (!token.isBlank()) {
                out.add(resolve(token.trim(), option));
            }
        }
        return out.toArray(String[]::new);
    }

    /** An id, or a name that belongs to exactly one student. */
    String resolve(String token, String option) {
        if (idIndex.containsKey(token)) {
            return token;
        }
        List<String> named = byName.get(token);
        if (named == null) {
            throw new CliException(option + ": no student with id or name \"" + token + "\"");
        }
        if (named.size() > 1) {
            throw new CliException(option + ": " + named.size() + " students are called \"" + token
                    + "\"; use the id instead (" + String.join(", ", named) + ")");
        }
        return named.get(0);
    }
}
