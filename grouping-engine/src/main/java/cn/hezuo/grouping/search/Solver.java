package cn.hezuo.grouping.search;

import cn.hezuo.grouping.GroupingException;
import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.prepare.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent restarts and returns the best grouping.
 *
 * <p>One restart: {@link ConstructiveStart} (rules) → {@link Repair} → {@link Redeal} (balance) →
 * {@link LocalSearch}. Small classes (see {@link ExactSearch#eligible}) then get an exact finish.
 *
 * <p>Determinism: restart r draws every random number from
 * {@code new SplittableRandom(mix(seed, r))}, its work is bounded by counts of rounds (not by
 * time), and the best restart is chosen by cost with ties going to the lower index. Threads only
 * decide which restart runs where, so the result is identical with 1 or many threads — unless the
 * time limit cuts the search short, which {@link Outcome#timeLimitReached()} reports.
 *
 * <p>Budget per restart: {@code effort × 500 × √(2000/N)} perturbation rounds when partners come
 * from the index (about 1,100 for 400 students, 500 for 2,000, 71 for 100,000 — a round in a big
 * class does more work, and big classes are balanced well by the descent alone), {@code effort × 100} when every group is tried against every other
 * (up to 24 groups; fewer for groups above five, whose re-partitions cost more), {@code effort × 10} before an exact finish; patience is half the budget.
 * Restarts: 2 before an exact finish (its bound only needs to be fair), 4 up to 24 groups, 2 up to 200 students, 1 above.
 */
public final class Solver {

    private Solver() {
    }

    public static Outcome solve(Model m, long deadlineNanos) {
        boolean exact = ExactSearch.eligible(m);
        int restarts = m.options().restarts() != null ? m.options().restarts() : autoRestarts(m, exact);
        int threads = Math.min(m.options().threads(), restarts);
        double effort = m.options().effort();
        long rounds = (long) Math.ceil(effort * (exact ? 10 : m.k() <= LocalSearch.ALL_PARTNERS ? allPartnerRounds(m)
                : 500 * Math.sqrt(2000.0 / m.n())));
        long patience = Math.max(25, rounds / 2);
        List<Run> runs = threads <= 1
                ? sequential(m, restarts, rounds, patience, deadlineNanos)
                : parallel(m, restarts, threads, rounds, patience, deadlineNanos);
        Run best = runs.get(0);
        boolean timeUp = false;
        for (Run r : runs) {
            timeUp |= r.timeUp;
            if (r.cost < best.cost - 1e-12 * Math.max(1, Math.abs(best.cost))) {
                best = r;
            }
        }
        int[] groupOf = best.groupOf;
        boolean proven = false;
        if (exact) {
            ExactSearch.Result result = ExactSearch.run(m, groupOf, best.cost, deadlineNanos);
            groupOf = result.groupOf();
            proven = result.proven();
            timeUp |= result.timeUp();
        }
        return new Outcome(groupOf, restarts, best.index, best.moves, timeUp, proven);
    }

    /**
     * 100 rounds for groups of five; fewer for bigger groups, whose pair re-partitions cost more. Half
     * for k-plus: a round costs twice as much in its doubled coordinates, and on 30 rosters of 40 its
     * criterion after 50 rounds was within 0.03 % of that after 100 (measured).
     */
    private static double allPartnerRounds(Model m) {
        int s = java.util.Arrays.stream(m.sizes()).max().orElse(1);
        double splits = Math.max(1, Combinations.binomial(2 * s - 1, s - 1));
        double rounds = Math.max(10, 100 * Math.sqrt(126 / splits));
        return m.objective() == Objective.KPLUS ? rounds / 2 : rounds;
    }

    static int autoRestarts(Model m, boolean exact) {
        if (exact) {
            return 2;
        }
        if (m.k() <= LocalSearch.ALL_PARTNERS) {
            return 4;
        }
        return m.n() <= 200 ? 2 : 1;
    }

    private record Run(int index, int[] groupOf, double cost, long moves, boolean timeUp) {
    }

    private static List<Run> sequential(Model m, int restarts, long rounds, long patience, long deadline) {
        List<Run> runs = new ArrayList<>();
        for (int r = 0; r < restarts; r++) {
            runs.add(restart(m, r, rounds, patience, deadline));
        }
        return runs;
    }

    private static List<Run> parallel(Model m, int restarts, int threads, long rounds, long patience, long deadline) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "grouping-restart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (int r = 0; r < restarts; r++) {
                int index = r;
                futures.add(pool.submit(() -> restart(m, index, rounds, patience, deadline)));
            }
            List<Run> runs = new ArrayList<>();
            for (Future<Run> f : futures) {
                runs.add(f.get());
            }
            return runs;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupingException ge) {
                throw ge;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Run restart(Model m, int r, long rounds, long patience, long deadline) {
        SplittableRandom rnd = new SplittableRandom(mix(m.options().seed(), r));
        Rules rules = new Rules(m);
        Partition p = new Partition(m, ConstructiveStart.build(m, rnd), GroupCost.of(m));
        Repair.run(p, rules, rnd);
        if (m.dim() > 0) {
            p.load(Redeal.redeal(p, rules, rnd));
            Repair.run(p, rules, rnd);
        }
        LocalSearch ls = new LocalSearch(p, rules, rnd, deadline);
        ls.run(rounds, patience);
        return new Run(r, p.assignment(), p.total, ls.improvements, ls.timeUp());
    }

    /** Seed of restart r: a SplitMix64 step, so neighbouring seeds and restarts are unrelated. */
    static long mix(long seed, int r) {
        long z = seed + 0x9E3779B97F4A7C15L * (r + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
