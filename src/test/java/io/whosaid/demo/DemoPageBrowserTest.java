package io.whosaid.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.whosaid.api.Readiness;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * which .ci/run installs): the seed article pasted, the button pressed, Kirby's quote highlighted
 * and listed under John Kirby. Leaves a screenshot at {@code target/demo-page.png}.
 */
@QuarkusTest
class DemoPageBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("whosaid.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("whosaid.chromedriver", "/usr/bin/chromedriver"));
    private static final String KIRBY_QUOTE = "There are no plans to consult Iran on military actions inside Iraq";

    @TestHTTPResource("/")
    URL page;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws InterruptedException {
        Readiness.await();
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Chromium and its driver: apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1440,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String seedArticle() throws IOException {
        try (InputStream in = DemoPageBrowserTest.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedArticleIsHighlightedWithKirbysQuoteUnderJohnKirby() throws IOException {
        browser.get(page.toString());
        assertEquals("whosaid · who said what in a news article", browser.getTitle());
        WebElement article = browser.findElement(By.id("article"));
        // Pasting: the value is set as a paste would set it (sendKeys of 7,000 characters is slow).
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", article,
                seedArticle());
        browser.findElement(By.id("target")).sendKeys("US-Iran cooperation in Iraq");
        browser.findElement(By.id("run")).click();

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#highlighted mark.quote")));
        List<WebElement> marks = browser.findElements(By.cssSelector("#highlighted mark.quote"));
        WebElement kirby = marks.stream().filter(m -> m.getText().equals(KIRBY_QUOTE)).findFirst()
                .orElseThrow(() -> new AssertionError("Kirby's quote is not highlighted"));
        assertEquals("John Kirby", kirby.getAttribute("data-speaker"));
        assertFalse(kirby.getCssValue("background-color").isEmpty());

        WebElement legendEntry = browser.findElement(By.cssSelector("#legend li[data-name='John Kirby']"));
        assertTrue(legendEntry.getText().contains("Pentagon"), legendEntry.getText());
        assertTrue(legendEntry.getText().contains("against"), legendEntry.getText());
        // one colour per speaker: Kirby's legend swatch has his highlight's colour
        assertEquals(kirby.getCssValue("background-color"),
                legendEntry.findElement(By.className("swatch")).getCssValue("background-color"));
        assertTrue(browser.findElement(By.id("status")).getText().matches("\\d+ quotes from \\d+ speakers in \\d+ ms.*"),
                browser.findElement(By.id("status")).getText());

        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Path target = Path.of("target", "demo-page.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anErrorIsShownNotThrown() {
        browser.get(page.toString());
        browser.findElement(By.id("article")).sendKeys(" ");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('form').requestSubmit();");
        WebElement status = browser.findElement(By.id("status"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> status.getAttribute("class").contains("error"));
        assertEquals("text must be a non-empty string.", status.getText());
    }
}
