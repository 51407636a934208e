package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.SizeMode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class SizePlanTest {

    @Test
    void groupsOfAtMostSixFor47StudentsAreSevenSixesAndOneFive() {
        int[] sizes = SizePlan.sizes(47, GroupingOptions.builder().groupSize(6, SizeMode.AT_MOST).build());
        assertArrayEquals(new int[] {6, 6, 6, 6, 6, 6, 6, 5}, sizes);
    }

    @Test
    void groupsOfAtLeastSixFor47StudentsAreFiveSevensAndTwoSixes() {
        int[] sizes = SizePlan.sizes(47, GroupingOptions.builder().groupSize(6, SizeMode.AT_LEAST).build());
        assertArrayEquals(new int[] {7, 7, 7, 7, 7, 6, 6}, sizes);
    }

    @Test
    void aGroupCountSplitsAsEvenlyAsPossibleWithTheFirstGroupsLarger() {
        assertArrayEquals(new int[] {4, 4, 3}, SizePlan.sizes(11, GroupingOptions.builder().groupCount(3).build()));
    }

    @Test
    void sizeLargerThanTheClassGivesOneGroup() {
        assertArrayEquals(new int[] {3}, SizePlan.sizes(3, GroupingOptions.builder().groupSize(6, SizeMode.AT_LEAST).build()));
        assertArrayEquals(new int[] {3}, SizePlan.sizes(3, GroupingOptions.builder().groupSize(6).build()));
    }
}
