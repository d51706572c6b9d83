package io.zhitu.view;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

/**
 * A real Chromium for the tests, headless, driven by Selenium through the system's chromedriver.
 *
 * <p>Nothing is downloaded: the driver and the browser are given by path (Debian's {@code chromium} and
 * {@code chromium-driver}, or {@code -Dzhitu.chromium=…} and {@code -Dzhitu.chromedriver=…}), so Selenium
 * Manager never runs, and the browser is told not to reach out (the machine's network is closed, and
 * without these switches it waits on connections). Where they are missing the browser tests are skipped,
 * unless {@code -Dzhitu.browser.required=true} (as CI runs them), which makes a missing browser a failure.
 */
public final class Browser {
    private Browser() {}

    public static final Path CHROMIUM = Path.of(System.getProperty("zhitu.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("zhitu.chromedriver", "/usr/bin/chromedriver"));

    /** Whether a missing browser fails the tests rather than skipping them. */
    public static boolean required() {
        return Boolean.getBoolean("zhitu.browser.required");
    }

    /** Skips the calling test (or fails it, when required) unless both programs are there. */
    public static void assumePresent() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String why = "no browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver)";
        if (required() && !present) throw new AssertionError(why + "; -Dzhitu.browser.required=true makes this a failure");
        Assumptions.assumeTrue(present, why);
    }

    /**
     * A new headless browser with a fresh profile of its own (deleted by {@link Session#close}); the
     * browser's console is kept for {@code manage().logs().get(LogType.BROWSER)}.
     */
    public static Session open(int width, int height) throws IOException {
        assumePresent();
        Path profile = Files.createTempDirectory("zhitu-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new Session(driver, profile);
    }

    /** A browser and its profile folder. */
    public record Session(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                delete(profile.toFile());
            }
        }

        private static void delete(File f) {
            File[] children = f.listFiles();
            if (children != null) for (File c : children) delete(c);
            f.delete();
        }
    }
}
