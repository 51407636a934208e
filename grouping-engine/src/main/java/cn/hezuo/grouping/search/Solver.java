package cn.hezuo.grouping.search;

import cn.hezuo.grouping.GroupingException;
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
 * <p>Determinism: restart r draws every random number from
 * {@code new SplittableRandom(mix(seed, r))}, its work is bounded by round counts (not by time),
 * and the best restart is chosen by cost with ties going to the lower index. Threads only decide
 * which restart runs where, so the result is identical with 1 or many threads — unless the time
 * limit cuts the search short, which {@link Outcome#timeLimitReached()} reports.
 *
 * <p>Budget per restart: {@code effort × (200 + 20·N)} perturbation rounds with a patience of
 * {@code effort × (100 + 2·N)} rounds without improvement. Small classes get more restarts
 * (8 up to 24 groups, 2 up to 200 students, else 1) and, if tiny, an exact finish
 * ({@link ExactSearch}).
 */
public final class Solver {

    private Solver() {
    }

    public static Outcome solve(Model m, long deadlineNanos) {
        int restarts = m.options().restarts() != null ? m.options().restarts() : autoRestarts(m);
        int threads = Math.min(m.options().threads(), restarts);
        double effort = m.options().effort();
        long rounds = Long.getLong("rounds", (long) Math.ceil(effort * 600 * Math.pow(2000.0 / m.n(), 0.2)));
        long patience = Long.getLong("patience", (long) Math.ceil(effort * (100 + 2.0 * m.n())));
        List<Run> runs = new ArrayList<>();
        if (threads <= 1) {
            for (int r = 0; r < restarts; r++) {
                runs.add(restart(m, r, rounds, patience, deadlineNanos));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread t = new Thread(task, "grouping-restart");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Run>> futures = new ArrayList<>();
                for (int r = 0; r < restarts; r++) {
                    int index = r;
                    futures.add(pool.submit(() -> restart(m, index, rounds, patience, deadlineNanos)));
                }
                for (Future<Run> f : futures) {
                    runs.add(f.get());
                }
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
        if (ExactSearch.eligible(m) && !Boolean.getBoolean("noexact")) {
            long te = System.nanoTime();
            ExactSearch.Result exact = ExactSearch.run(m, groupOf, best.cost, deadlineNanos);
            if (Boolean.getBoolean("dbgx")) System.err.printf("  exact %.1fms heuristic %.5f proven %s%n", (System.nanoTime() - te) / 1e6, best.cost, exact.proven());
            groupOf = exact.groupOf();
            proven = exact.proven();
            timeUp |= exact.timeUp();
        }
        return new Outcome(groupOf, restarts, best.index, best.moves, timeUp, proven);
    }

    static int autoRestarts(Model m) {
        if (Integer.getInteger("restarts") != null) {
            return Integer.getInteger("restarts");
        }
        if (m.k() <= LocalSearch.ALL_PARTNERS) {
            return 8;
        }
        return m.n() <= 200 ? 2 : 1;
    }

    private record Run(int index, int[] groupOf, double cost, long moves, boolean timeUp) {
    }

    private static Run restart(Model m, int r, long rounds, long patience, long deadline) {
        SplittableRandom rnd = new SplittableRandom(mix(m.options().seed(), r));
        Rules rules = new Rules(m);
        long t0 = System.nanoTime();
        int[] start = ConstructiveStart.build(m, rnd);
        long t1 = System.nanoTime();
        Partition p = new Partition(m, start, GroupCost.of(m));
        Repair.run(p, rules, rnd);
        if (m.dim() > 0) {
            p.load(Redeal.redeal(p, rules, rnd));
            Repair.run(p, rules, rnd);
        }
        if (Boolean.getBoolean("dbg")) System.err.printf("  after redeal cost %.4f%n", p.total);
        if (Boolean.getBoolean("dbg")) System.err.printf("  construct %.1fms repair %.1fms start cost %.4f%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6, p.total);
        LocalSearch ls = new LocalSearch(p, rules, rnd, deadline);
        ls.run(rounds, patience);
        if (Boolean.getBoolean("dbg")) System.err.printf("restart %d cost %.5f splits %d impr %d acc %d/%d rej %d/%d q %d v %d c %d rk %d%n", r, p.total, ls.splits(), ls.improvements, LocalSearch.accRounds, LocalSearch.accSplits, LocalSearch.rejRounds, LocalSearch.rejSplits, ResidualIndex.nQueries, ResidualIndex.nVisits, ResidualIndex.nCells, ResidualIndex.nRekeys);
        return new Run(r, p.assignment(), p.total, ls.improvements, ls.timeUp());
    }

    /** Seed of restart r: a SplitMix64 step so neighbouring seeds and restarts are unrelated. */
    static long mix(long seed, int r) {
        long z = seed + 0x9E3779B97F4A7C15L * (r + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
