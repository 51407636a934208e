package cn.hezuo.grouping.search;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CombinationsTest {

    @Test
    void revolvingDoorListsEverySubsetOnceAndNeighboursDifferByOneExchange() {
        for (int m = 2; m <= 12; m++) {
            for (int k = 1; k < m; k++) {
                for (boolean mirror : new boolean[] {false, true}) {
                    long[] c = Combinations.revolvingDoor(m, k, mirror);
                    assertEquals(Combinations.count(m, k, mirror), c.length);
                    Set<Long> seen = new HashSet<>();
                    for (int t = 0; t < c.length; t++) {
                        assertEquals(k, Long.bitCount(c[t]));
                        assertTrue(seen.add(c[t]));
                        if (mirror) {
                            assertEquals(1, c[t] & 1, "mirror lists contain element 0");
                        }
                        if (t > 0) {
                            assertEquals(2, Long.bitCount(c[t] ^ c[t - 1]), "one out, one in");
                        }
                    }
                }
            }
        }
    }
}
