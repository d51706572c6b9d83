package io.zhitu.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second process for tests: opens (creating) the store named by its argument, says "holding" on
 * stdout, and keeps the store until its stdin closes.
 */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws IOException {
        try (GraphStore store = GraphStore.open(Path.of(args[0]), true)) {
            store.size();
            System.out.println("holding");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to let go
            }
        }
    }

    /** Starts a JVM that holds the store, and returns once it does. */
    public static Process start(Path store) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the XML parser the tests' JVM was told to use (src/test/spark-jvm.args), so that Jena starts as quietly here
        String stax = "-Djavax.xml.stream.XMLInputFactory=" + System.getProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        Process p = new ProcessBuilder(java, stax, "-cp", cp, HoldStore.class.getName(), store.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
        if (!"holding".equals(line)) {
            p.destroy();
            throw new IllegalStateException("the second process did not take the store (said: " + line + ")");
        }
        return p;
    }
}
