package io.zhitu.relate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QuantitiesTest {
    @Test
    void parameterCountsAreExact() {
        assertEquals(235_000_000_000L, Quantities.parse("235B"));
        assertEquals(235_000_000_000L, Quantities.parse("2350亿"));
        assertEquals(671_000_000_000L, Quantities.parse("671 billion"));
        assertEquals(1_000_000_000_000L, Quantities.parse("1万亿"));
        assertEquals(5_100_000_000L, Quantities.parse("5.1 billion"));
        assertEquals(47_000_000_000L, Quantities.parse("470亿"));
        assertEquals(1_200_000_000_000L, Quantities.parse("1.2T"));
        assertNull(Quantities.parse("235"));
    }

    @Test
    void countsInWordsAndNumerals() {
        assertEquals(5, Quantities.count("五"));
        assertEquals(12, Quantities.count("十二"));
        assertEquals(22, Quantities.count("二十二"));
        assertEquals(2, Quantities.count("两"));
        assertEquals(5, Quantities.count("five"));
        assertEquals(22, Quantities.count("22"));
        assertNull(Quantities.count("许多"));
    }
}
