package io.zhitu.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptsTest {

    /** The fast test agrees with the JDK's script table on every code point. */
    @Test
    void agreesWithUnicodeScriptEverywhere() {
        int disagree = 0, han = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean jdk = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (jdk) han++;
            if (Scripts.isHan(c) != jdk) disagree++;
        }
        assertEquals(0, disagree);
        assertEquals(true, han > 90_000, "the table knows the CJK blocks");
    }
}
