package io.zhitu.relate;

import io.zhitu.core.Vocab;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {
    private static Dates.Found first(String text) {
        Matcher m = Dates.DATE.matcher(text);
        assertTrue(m.find(), text);
        return Dates.match(m);
    }

    @Test
    void precisionFollowsTheText() {
        assertEquals(new Dates.Found(0, 8, "2025-12", Vocab.XSD_GYEAR_MONTH), first("2025年12月,美国"));
        assertEquals("2025-07-02", first("2025年7月2日 科技版").lexical());
        assertEquals(Vocab.XSD_DATE, first("2025年7月2日").datatype());
        assertEquals("2025-08-20", first("August 20, 2025").lexical());
        assertEquals("2025-08", first("In August 2025, OpenAI").lexical());
        assertEquals("2025-07-30", first("2025-07-30 09:15").lexical());
        assertEquals(Vocab.XSD_GYEAR, first("2024年").datatype());
    }
}
