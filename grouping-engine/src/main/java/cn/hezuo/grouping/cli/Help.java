package cn.hezuo.grouping.cli;

/** The --help text. */
final class Help {

    private Help() {
    }

    static final String TEXT = """
            Balanced heterogeneous grouping (组内异质、组间同质) of a class list.

            java -jar grouping-engine.jar --in FILE (--size S | --groups K) [options]

            Input and output
              --in FILE            class list, CSV with a header row, UTF-8 (with or without BOM) or GBK
              --out FILE           write "id,group" for every student in list order, groups numbered 1..K,
                                   UTF-8; without --out only the report is printed
              --bom                start --out with a UTF-8 byte-order mark (Excel then shows Chinese)
              --id COLUMN          column with the student id (default: the first column)
              --name COLUMN        column with names, so constraints may name students (default: 姓名 or name)
              --quiet              do not print the report

            Groups
              --size S             groups of about S students (sizes differ by at most 1)
              --size-mode MODE     at-most (default): groups of at most S, ceil(N/S) groups;
                                   at-least: groups of at least S, floor(N/S) groups.
                                   The first groups get the extra member: 47 students, --size 6 gives
                                   7×6 + 1×5 (at-most) or 5×7 + 2×6 (at-least)
              --groups K           exactly K groups instead of --size

            What to balance
              --features A,B,C     score columns whose group means should be equal (default: every
                                   column that holds only numbers); blank cells count as the class mean
              --weights A=2,B=1    relative importance of features (default 1 each)
              --objective NAME     variance (default): equal group means (k-means anticlustering);
                                   diversity: largest sum of within-group Euclidean distances;
                                   kplus: equal means and equal spreads
              --balance A,B        category columns (e.g. 性别) spread evenly: every group's count of
                                   every category is the floor or ceil of its proportional share
              --tiers COL:a:b:c    tier template, e.g. 总分:2:2:2 gives each group of six 2 top, 2 middle
                                   and 2 bottom students. COL is a score column (tiers by quantiles), a
                                   total name (总分/total) when no such column exists (sum of --features),
                                   or a column of tier labels; give the label order top first as
                                   COL=优/中/差:1:2:1 unless it is A/B/C, 上/中/下, 优/良/中/差, 高/中/低 or 1/2/3.
                                   If the template cannot fit exactly (e.g. groups of 5 with 2:2:2),
                                   the closest fit is used and the report says so
              --leaders COL        column marking leader candidates (1/0, 是/否): every group gets at
                                   least one (if there are enough), spread evenly
              --top-third          every group gets a student from the top third of every feature

            Rules about particular students (ids, or names if unique)
              --together A+B+C     these students share a group (repeatable, or ;-separated)
              --apart A+B          these students are all in different groups (repeatable, or ;-separated)
              --fixed ID=G         put a student in group G (1..K; repeatable, or ,/;-separated)
              --previous FILE      last grouping (CSV id,group): pairs who were together are avoided
              --repeat-penalty X   how strongly to avoid them (default 1.0; 0 ignores --previous)

            Search
              --seed N             random seed (default 0); the same input and seed give the same groups
              --time-limit SEC     upper bound on search time (default 2 s + 0.28 ms per student); the
                                   search normally stops sooner, when it has converged
              --threads N          run independent restarts on N threads (same result, less waiting)
              --effort X           multiply the amount of search (default 1)

            Random inter-group review: java -jar grouping-engine.jar review --help

            Exit code 0 on success, 2 on bad input or rules that cannot all be met, 1 on internal error.
            """;
}
