package vn.vanthu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, as a person at a desk or on a phone would use VanThu.
 * Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;

    public Browser(String base, int width, int height) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=en-US", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.cssSelector("#sign-in button[type=submit]")).click();
        // the form's answer must arrive before the next page is asked for, or that request goes without the session
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.or(
                ExpectedConditions.urlContains("/login?error"),
                ExpectedConditions.not(ExpectedConditions.urlContains("/login"))));
        return this;
    }

    public Browser type(By field, String text) {
        WebElement input = waitFor(field);
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /**
     * Clicks like a person: scrolled to the middle of the screen, clear of the sticky menu bar, at once (Bootstrap
     * makes scrolling smooth, and a click during the glide lands elsewhere).
     */
    public Browser click(By element) {
        WebElement target = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(element));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", target);
        target.click();
        return this;
    }

    public WebElement waitFor(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    public String waitForText(By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(element, text));
        return driver.findElement(element).getText();
    }

    public String text(By element) {
        return waitFor(element).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
