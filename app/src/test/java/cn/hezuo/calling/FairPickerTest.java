package cn.hezuo.calling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The fairness rules of random calling, with a seeded Random so every run is the same. */
class FairPickerTest {

    /** A class of {@code size} candidates with the given term calls; window calls start at 0. */
    private static List<FairPicker.Candidate<Integer>> candidates(int size, Set<Integer> absent, int[] termCalls) {
        List<FairPicker.Candidate<Integer>> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(new FairPicker.Candidate<>(i, absent.contains(i), 0, termCalls[i]));
        }
        return list;
    }

    /** The same list after {@code key} was called once more. */
    private static List<FairPicker.Candidate<Integer>> called(List<FairPicker.Candidate<Integer>> list, int key) {
        return list.stream().map(c -> c.key() == key
                ? new FairPicker.Candidate<>(c.key(), c.absent(), c.windowCalls() + 1, c.termCalls() + 1) : c).toList();
    }

    @RepeatedTest(50)
    void overAWindowEveryPresentCandidateIsCalledExactlyOnceBeforeAnyoneRepeats(
            org.junit.jupiter.api.RepetitionInfo repetition) {
        Random setup = new Random(repetition.getCurrentRepetition());
        int size = 1 + setup.nextInt(50);
        Set<Integer> absent = new HashSet<>();
        int[] termCalls = new int[size];
        for (int i = 0; i < size; i++) {
            if (setup.nextInt(6) == 0) {
                absent.add(i);
            }
            termCalls[i] = setup.nextInt(6);
        }
        int present = size - absent.size();
        FairPicker picker = new FairPicker(new Random(1000L + repetition.getCurrentRepetition()));
        List<FairPicker.Candidate<Integer>> list = candidates(size, absent, termCalls);
        for (int round = 0; round < 3; round++) {
            Set<Integer> calledThisRound = new HashSet<>();
            for (int draw = 0; draw < present; draw++) {
                int key = picker.pick(list).orElseThrow().candidate().key();
                assertThat(calledThisRound.add(key)).as("round %d draw %d repeated %d", round, draw, key).isTrue();
                list = called(list, key);
            }
            assertThat(calledThisRound).hasSize(present);
            assertThat(calledThisRound).noneMatch(absent::contains);
        }
        if (present == 0) {
            assertThat(picker.pick(list)).isEmpty();
        }
    }

    @Test
    void absentCandidatesAreNeverDrawn() {
        FairPicker picker = new FairPicker(new Random(7));
        List<FairPicker.Candidate<Integer>> list = candidates(6, Set.of(0, 3, 5), new int[] {0, 9, 9, 0, 9, 0});
        for (int i = 0; i < 2000; i++) {
            int key = picker.pick(list).orElseThrow().candidate().key();
            assertThat(key).isIn(1, 2, 4);
            list = called(list, key);
        }
    }

    @Test
    void nobodyIsDrawnWhenEveryoneIsAbsent() {
        FairPicker picker = new FairPicker(new Random(7));
        assertThat(picker.pick(candidates(3, Set.of(0, 1, 2), new int[3]))).isEmpty();
        assertThat(picker.pick(List.<FairPicker.Candidate<Integer>>of())).isEmpty();
    }

    @Test
    void weightingFavoursStudentsCalledLessOftenThisTerm() {
        // Two fresh candidates in a new window: never called this term (weight 1) vs. twice (weight 1/3).
        FairPicker picker = new FairPicker(new Random(42));
        List<FairPicker.Candidate<Integer>> list = candidates(2, Set.of(), new int[] {0, 2});
        Map<Integer, Integer> wins = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            wins.merge(picker.pick(list).orElseThrow().candidate().key(), 1, Integer::sum);
        }
        double share = wins.get(0) / 20_000.0;
        assertThat(share).as("expected 3/4 for the never-called student").isBetween(0.73, 0.77);
    }

    @Test
    void theWeightIsOneOverOnePlusTermCalls() {
        assertThat(FairPicker.weightFor(0)).isEqualTo(1.0);
        assertThat(FairPicker.weightFor(2)).isEqualTo(1.0 / 3);
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        List<FairPicker.Candidate<Integer>> start = candidates(30, Set.of(4), new int[30]);
        List<Integer> first = sequence(new FairPicker(new Random(99)), start);
        List<Integer> second = sequence(new FairPicker(new Random(99)), start);
        assertThat(first).isEqualTo(second).hasSize(29);
    }

    @Test
    void onlyCandidatesCalledFewestTimesInTheWindowAreEligible() {
        List<FairPicker.Candidate<Integer>> list = List.of(new FairPicker.Candidate<>(1, false, 2, 5),
                new FairPicker.Candidate<>(2, false, 1, 9), new FairPicker.Candidate<>(3, true, 0, 0),
                new FairPicker.Candidate<>(4, false, 1, 0));
        assertThat(FairPicker.eligible(list)).extracting(FairPicker.Candidate::key).containsExactly(2, 4);
    }

    private static List<Integer> sequence(FairPicker picker, List<FairPicker.Candidate<Integer>> list) {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            int key = picker.pick(list).orElseThrow().candidate().key();
            keys.add(key);
            list = called(list, key);
        }
        return keys;
    }
}
