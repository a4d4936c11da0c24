package io.returnrouter.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, driven through Debian's chromedriver (./test installs both; nothing is
 * downloaded), against the running test server. Screenshots go to docs/console/.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final ChromeDriver driver;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000",
                "--lang=en-GB", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Opens the console and signs in with the token, as a person pastes it. */
    void signIn(String token) {
        driver.get(Http.BASE + "/console/");
        WebElement input = await(d -> d.findElement(By.id("token")));
        input.sendKeys(token);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        await(d -> d.findElement(By.cssSelector("#who button")));
    }

    /** Opens a page of the console; the same address again is a reload (a hash alone would not re-render). */
    void open(String hash) {
        String url = Http.BASE + "/console/#/" + hash;
        if (url.equals(driver.getCurrentUrl())) {
            driver.navigate().refresh();
        } else {
            driver.get(url);
        }
    }

    <T> T await(Function<WebDriver, T> condition) {
        return await(condition, Duration.ofSeconds(30));
    }

    /**
     * Waits until the condition holds. Conditions find their elements again on every poll, so an
     * element replaced by a re-render between finding and reading it only means "not yet".
     */
    <T> T await(Function<WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * Clicks the element once it is on the page and the click lands on it. Pages that list many
     * plans re-render as their data arrives, so an element found a moment ago may have moved under
     * another one; the click is retried (element found again, scrolled to the middle) until it lands.
     */
    void click(By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(200))
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(locator);
                    js("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A screenshot for docs/console.md. */
    void screenshot(String name) {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
