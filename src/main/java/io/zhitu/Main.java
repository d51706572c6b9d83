package io.zhitu;

import io.zhitu.cli.Cli;

/** The {@code zhitu} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Cli.execute(args));
    }
}
