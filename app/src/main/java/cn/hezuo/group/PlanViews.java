package cn.hezuo.group;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.grouping.ConstraintCheck;
import cn.hezuo.grouping.GroupSummary;
import cn.hezuo.grouping.GroupingEngine;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.roster.Student;
import cn.hezuo.school.Subject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the preview of a plan from its current membership (after any hand moves): the engine
 * evaluates that exact grouping against the plan's rules, so the balance panel and the ✓/✗ list are
 * always the truth about what the teacher sees.
 */
@Component
class PlanViews {

    private static final Pattern OLD_QUOTA_PART = Pattern.compile("(\\d+(?::\\d+)+) in (\\d+) groups?(?:, )?");

    private final GroupPlanService service;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final ClassGroupingInputs inputs;
    private final MessageSource messages;
    private final ObjectMapper json;

    PlanViews(GroupPlanService service, StudyGroupRepository groups, GroupMemberRepository members,
              ClassGroupingInputs inputs, MessageSource messages, ObjectMapper json) {
        this.service = service;
        this.groups = groups;
        this.members = members;
        this.inputs = inputs;
        this.messages = messages;
        this.json = json;
    }

    @Transactional(readOnly = true)
    PlanView build(HezuoUser user, GroupPlan plan) {
        GroupingForm form = service.settings(plan);
        ClassGroupingInput input = inputs.load(user.schoolId(), plan.getClassId());
        List<StudyGroup> groupList = groups.findByPlanIdOrderByNumberAsc(plan.getId());
        Map<Long, Integer> indexByGroupId = new HashMap<>();
        for (int g = 0; g < groupList.size(); g++) {
            indexByGroupId.put(groupList.get(g).getId(), g);
        }
        List<GroupMember> memberList = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId());
        Map<Long, GroupMember> memberByStudent = new HashMap<>();
        memberList.forEach(m -> memberByStudent.put(m.getStudentId(), m));

        // Students who left the class since the plan was made are not in today's roster; evaluate the rest.
        List<Student> students = input.students().stream().filter(s -> memberByStudent.containsKey(s.getId())).toList();
        int[] groupOf = new int[students.size()];
        for (int i = 0; i < students.size(); i++) {
            groupOf[i] = indexByGroupId.get(memberByStudent.get(students.get(i).getId()).getGroupId());
        }
        GroupingProblem problem = withScores(input, students, form);
        GroupingResult result = GroupingEngine.evaluate(problem, groupOf);

        List<Subject> chosen = input.chosenSubjects(form);
        Map<Long, Integer> tiers = tiers(input.totals(chosen), Math.max(form.tierCounts().length, 3));
        Map<Long, Student> studentById = new HashMap<>();
        students.forEach(s -> studentById.put(s.getId(), s));
        Set<Long> leaders = Set.copyOf(form.leaderIds());
        List<PlanView.GroupCard> cards = new ArrayList<>();
        for (int g = 0; g < groupList.size(); g++) {
            StudyGroup group = groupList.get(g);
            List<PlanView.MemberCard> memberCards = memberList.stream()
                    .filter(m -> m.getGroupId().equals(group.getId()) && studentById.containsKey(m.getStudentId()))
                    .sorted(Comparator.comparingInt(GroupMember::getMemberNo))
                    .map(m -> {
                        Student s = studentById.get(m.getStudentId());
                        return new PlanView.MemberCard(s.getId(), m.getMemberNo(), s.getName(), s.getGender().name(),
                                tiers.getOrDefault(s.getId(), 0), m.isLocked(), leaders.contains(s.getId()));
                    }).toList();
            GroupSummary summary = g < result.groups().size() ? result.groups().get(g) : null;
            List<Double> means = chosen.stream()
                    .map(s -> summary == null ? Double.NaN : summary.featureMeans().getOrDefault(s.getName(), Double.NaN))
                    .toList();
            cards.add(new PlanView.GroupCard(group.getNumber(), group.getName(), memberCards, means));
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<PlanView.RuleLine> rules = result.checks().stream().map(c -> PlanView.line(c, ruleText(c, locale))).toList();
        return new PlanView(plan, form, cards, chosen.stream().map(Subject::getName).toList(),
                result.balance().features(), result.balance().maxMeanGapSd(), rules, noticesOf(plan),
                chartJson(cards, chosen, result, tiers));
    }

    private GroupingProblem withScores(ClassGroupingInput input, List<Student> students, GroupingForm form) {
        GroupingProblem full = input.problem(form, Map.of(), Map.of());
        Set<String> keep = new java.util.HashSet<>();
        students.forEach(s -> keep.add(String.valueOf(s.getId())));
        return new GroupingProblem(full.featureNames(),
                full.students().stream().filter(s -> keep.contains(s.id())).toList(), full.options());
    }

    /** Tiers for the teacher's eyes: rank by total of the chosen subjects, cut into equal parts, 1 = top. */
    static Map<Long, Integer> tiers(Map<Long, Double> totals, int tierCount) {
        List<Long> ids = new ArrayList<>(totals.keySet());
        ids.sort(Comparator.<Long>comparingDouble(id -> -totals.get(id)).thenComparing(id -> id));
        Map<Long, Integer> tier = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            tier.put(ids.get(i), 1 + (int) ((long) i * tierCount / Math.max(1, ids.size())));
        }
        return tier;
    }

    private String ruleText(ConstraintCheck check, Locale locale) {
        String key = check.key();
        String base = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        String arg = key.contains(":") ? key.substring(key.indexOf(':') + 1) : "";
        String label = messages.getMessage("grouping.check." + base, new Object[] {arg}, check.detail(), locale);
        return label;
    }

    private List<String> noticesOf(GroupPlan plan) {
        List<String> texts = new ArrayList<>();
        try {
            JsonNode root = json.readTree(plan.getOutcome());
            Locale locale = LocaleContextHolder.getLocale();
            for (JsonNode n : root.path("notices")) {
                List<Object> args = new ArrayList<>();
                n.path("args").forEach(a -> args.add(a.isNumber() ? a.numberValue()
                        : a.has("parts") ? quotaMix(a.path("parts"), locale) : oldQuotaMix(a.asText(), locale)));
                texts.add(messages.getMessage(n.path("key").asText(), args.toArray(), n.path("message").asText(), locale));
            }
        } catch (JsonProcessingException e) {
            // an unreadable outcome only costs the warnings, not the page
        }
        return texts;
    }

    /** "2 个组为 2:2:1，1 个组为 2:1:2": each tier quota the engine used instead of the template, in words. */
    private String quotaMix(JsonNode parts, Locale locale) {
        List<String> texts = new ArrayList<>();
        for (JsonNode part : parts) {
            texts.add(messages.getMessage("grouping.quotaMix.part",
                    new Object[] {part.path("pattern").asText(), part.path("groups").asInt()}, locale));
        }
        return String.join(messages.getMessage("grouping.quotaMix.separator", null, locale), texts);
    }

    /** Plans formed before the quotas were stored structured kept the engine's English ("2:2:1 in 2 groups, …"). */
    private String oldQuotaMix(String text, Locale locale) {
        Matcher m = OLD_QUOTA_PART.matcher(text);
        List<String> texts = new ArrayList<>();
        int end = 0;
        while (m.find() && m.start() == end) {
            texts.add(messages.getMessage("grouping.quotaMix.part",
                    new Object[] {m.group(1), Integer.parseInt(m.group(2))}, locale));
            end = m.end();
        }
        return texts.isEmpty() || end != text.length() ? text
                : String.join(messages.getMessage("grouping.quotaMix.separator", null, locale), texts);
    }

    private String chartJson(List<PlanView.GroupCard> cards, List<Subject> chosen, GroupingResult result,
                             Map<Long, Integer> tiers) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("groups", cards.stream().map(c -> c.number()).toList());
        chart.put("subjects", chosen.stream().map(Subject::getName).toList());
        List<List<Double>> means = new ArrayList<>();
        for (int s = 0; s < chosen.size(); s++) {
            final int index = s;
            means.add(cards.stream().map(c -> round1(c.means().get(index))).toList());
        }
        chart.put("means", means);
        chart.put("classMeans", result.balance().features().stream().map(f -> round1(f.mean())).toList());
        int tierCount = tiers.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<List<Long>> tierCounts = new ArrayList<>();
        for (int t = 1; t <= tierCount; t++) {
            final int tier = t;
            tierCounts.add(cards.stream().map(c -> c.members().stream().filter(m -> m.tier() == tier).count()).toList());
        }
        chart.put("tiers", tierCounts);
        chart.put("boys", cards.stream().map(c -> c.members().stream().filter(m -> m.gender().equals("M")).count()).toList());
        chart.put("girls", cards.stream().map(c -> c.members().stream().filter(m -> m.gender().equals("F")).count()).toList());
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double round1(Double value) {
        return value == null || value.isNaN() ? null : Math.round(value * 10) / 10.0;
    }
}
