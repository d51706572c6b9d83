package io.zhitu.recognize;

import com.hankcs.hanlp.utility.Predefine;

import java.util.logging.Level;

/** HanLP logs through java.util.logging; a command line tool keeps its stderr for its own messages. */
final class Quiet {
    private Quiet() {}

    static void hanlp() {
        Predefine.logger.setLevel(Level.OFF);
    }
}
