package io.zhitu.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatesTest {
    private static String found(String s) {
        Dates.Match m = Dates.find(s);
        return m == null ? null : s.substring(m.start(), m.end()) + " = " + m.value();
    }

    @Test void numericDates() {
        assertEquals("2025-07-30 09:15 = 2025-07-30", found("2025-07-30 09:15 来源：示例科技网"));
        assertEquals("2025/7/3 = 2025-07-03", found("发布于 2025/7/3"));
        assertEquals("2025.07.30 = 2025-07-30", found("2025.07.30"));
        assertEquals("2025-08-20T10:00:00+08:00 = 2025-08-20", found("2025-08-20T10:00:00+08:00"));
    }

    @Test void dayFirstOrMonthFirstOnlyWhereOneReadingIsImpossible() {
        assertEquals("29/01/2026 08:45 = 2026-01-29", found("29/01/2026 08:45"));
        assertEquals("01/29/2026 = 2026-01-29", found("Posted 01/29/2026"));
        assertNull(found("03/04/2026"));
    }

    @Test void aTimeWithinAYearIsNoDate() {
        assertNull(found("2026年初的北京,AI圈的气氛凛冽。"));
        assertNull(found("2025年以来,模型层出不穷。"));
    }

    @Test void chineseDates() {
        assertEquals("2025年7月2日 = 2025-07-02", found("2025年7月2日 科技版"));
        assertEquals("2025年12月 = 2025-12", found("2025年12月"));
        assertEquals("２０２５年７月２日 = 2025-07-02", found("２０２５年７月２日"));
        assertEquals("2025年3月5日 08:30 = 2025-03-05", found("2025年3月5日 08:30"));
        assertEquals("2024年 = 2024", found("2024年 年度報告"));
    }

    @Test void englishDates() {
        assertEquals("August 20, 2025 = 2025-08-20", found("By Dana Example, Staff Writer | August 20, 2025"));
        assertEquals("20 August 2025 = 2025-08-20", found("Updated 20 August 2025"));
        assertEquals("Aug. 20, 2025 = 2025-08-20", found("Aug. 20, 2025"));
        assertEquals("Sept 3rd, 2025 = 2025-09-03", found("Sept 3rd, 2025"));
        assertEquals("March 2025 = 2025-03", found("March 2025"));
    }

    @Test void impossibleDatesAreNotDates() {
        assertNull(found("2025-13-40"));
        assertNull(found("共3550亿参数"));
        assertNull(found("Version 1.2.3 released"));
    }
}
