package cn.hezuo.mutualhelp.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a lesson's questions fold up: a group's duplicates into group items (the 学科组长's merges), groups' items into
 * class topics (the 课代表's merges), topics ranked by how many groups asked, then how many students, then who asked
 * first. Items the group solved itself stay out of the topics. Pure: no database, one test per rule.
 */
final class Topics {

    private Topics() {
    }

    /** One group's question with the duplicates merged into it (the root first). */
    record GroupItem(Question root, List<Question> questions) {
        public Set<Long> students() {
            Set<Long> ids = new HashSet<>();
            questions.forEach(q -> ids.add(q.getStudentId()));
            return ids;
        }
    }

    /** One class topic: the wording of its root, every group item merged into it, and its counts. */
    record Topic(Question root, List<GroupItem> items) {
        /** Groups asking; a student outside every group counts as a group of their own. */
        public int groups() {
            Set<Long> keys = new HashSet<>();
            items.forEach(i -> keys.add(groupKey(i.root())));
            return keys.size();
        }

        public int students() {
            Set<Long> ids = new HashSet<>();
            items.forEach(i -> ids.addAll(i.students()));
            return ids.size();
        }

        public List<Question> questions() {
            List<Question> all = new ArrayList<>();
            items.forEach(i -> all.addAll(i.questions()));
            return all;
        }

        /** The knowledge points the askers tagged, in name order. */
        public List<String> knowledgePoints() {
            Set<String> points = new TreeSet<>();
            questions().forEach(q -> {
                if (q.getKnowledgePoint() != null) {
                    points.add(q.getKnowledgePoint());
                }
            });
            return List.copyOf(points);
        }
    }

    /** Questions folded into group items, in the order their roots were asked. */
    static List<GroupItem> groupItems(List<Question> questions) {
        Map<Long, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.getId(), q));
        Map<Long, List<Question>> members = new LinkedHashMap<>();
        for (Question q : sorted(questions)) {
            Long root = rootInGroup(q, byId);
            members.computeIfAbsent(root, r -> new ArrayList<>());
        }
        for (Question q : sorted(questions)) {
            members.get(rootInGroup(q, byId)).add(q);
        }
        List<GroupItem> items = new ArrayList<>();
        members.forEach((root, list) -> {
            List<Question> ordered = new ArrayList<>(list);
            ordered.sort(Comparator.comparing((Question q) -> !q.getId().equals(root)));
            items.add(new GroupItem(byId.get(root), ordered));
        });
        return items;
    }

    /** Group items the group marked as solved by itself. */
    static List<GroupItem> selfSolved(List<Question> questions) {
        return groupItems(questions).stream().filter(i -> i.root().isSelfSolved()).toList();
    }

    /** The class topics, ranked: most groups, then most students, then the earliest asked. */
    static List<Topic> ranked(List<Question> questions) {
        List<GroupItem> open = groupItems(questions).stream().filter(i -> !i.root().isSelfSolved()).toList();
        Map<Long, GroupItem> openByRoot = new LinkedHashMap<>();
        open.forEach(i -> openByRoot.put(i.root().getId(), i));
        Map<Long, List<GroupItem>> topics = new LinkedHashMap<>();
        for (GroupItem item : open) {
            topics.computeIfAbsent(topicRoot(item, openByRoot), r -> new ArrayList<>());
        }
        for (GroupItem item : open) {
            topics.get(topicRoot(item, openByRoot)).add(item);
        }
        List<Topic> result = new ArrayList<>();
        topics.forEach((root, items) -> {
            List<GroupItem> ordered = new ArrayList<>(items);
            ordered.sort(Comparator.comparing((GroupItem i) -> !i.root().getId().equals(root)));
            result.add(new Topic(openByRoot.get(root).root(), ordered));
        });
        result.sort(Comparator.comparingInt(Topic::groups).reversed()
                .thenComparing(Comparator.comparingInt(Topic::students).reversed())
                .thenComparing(t -> t.root().getCreatedAt())
                .thenComparing(t -> t.root().getId()));
        return result;
    }

    /** The topic a question ended up in (through both merges), or null when its group solved it itself. */
    static Topic topicOf(Question question, List<Topic> topics) {
        for (Topic topic : topics) {
            if (topic.questions().stream().anyMatch(q -> q.getId().equals(question.getId()))) {
                return topic;
            }
        }
        return null;
    }

    static long groupKey(Question q) {
        return q.getGroupId() != null ? q.getGroupId() : -q.getStudentId();
    }

    private static Long rootInGroup(Question q, Map<Long, Question> byId) {
        Long target = q.getGroupMergedInto();
        // Merges are kept one level deep by the service; anything else (a target gone, a chain) counts as its own root.
        if (target == null || !byId.containsKey(target) || byId.get(target).getGroupMergedInto() != null) {
            return q.getId();
        }
        return target;
    }

    private static Long topicRoot(GroupItem item, Map<Long, GroupItem> openByRoot) {
        Long target = item.root().getClassMergedInto();
        if (target == null || !openByRoot.containsKey(target)
                || openByRoot.get(target).root().getClassMergedInto() != null) {
            return item.root().getId();
        }
        return target;
    }

    private static List<Question> sorted(List<Question> questions) {
        List<Question> list = new ArrayList<>(questions);
        list.sort(Comparator.comparing(Question::getCreatedAt).thenComparing(Question::getId));
        return list;
    }
}
