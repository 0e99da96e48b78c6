package vn.vanthu.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large packages go through in a small heap: each check runs {@link LargePackageCheck} in a JVM of its own with
 * {@code -Xmx64m}, where holding a package or an attachment in memory would fail with OutOfMemoryError.
 */
class LargePackageUnitTests {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void parsesA200MegabytePackageInA64MegabyteHeap() throws Exception {
        List<String> output = runWithSmallHeap("parse", 150 * MB);

        long packageBytes = Long.parseLong(line(output, "package bytes "));
        assertThat(packageBytes).isBetween(200 * MB, 201 * MB);
        assertThat(line(output, "attachment bytes ")).isEqualTo(150 * MB + " on disk " + 150 * MB);
        assertThat(line(output, "attachment intact ")).isEqualTo("true");
        assertThat(line(output, "subject ")).startsWith("Về việc tăng cường công tác phòng, chống lụt bão");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void signsAndValidatesA100MegabytePackageInA64MegabyteHeap() throws Exception {
        List<String> output = runWithSmallHeap("sign", 75 * MB);

        assertThat(Long.parseLong(line(output, "signed package bytes "))).isGreaterThan(100 * MB);
        assertThat(line(output, "verdict ")).isEqualTo("VALID");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    private List<String> runWithSmallHeap(String mode, long attachmentBytes) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile("edxml-large-", ".log");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-cp", classPath, LargePackageCheck.class.getName(), mode,
                    Long.toString(attachmentBytes), dir.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(finished).as("finished within two minutes: %s", output).isTrue();
            assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
            return output;
        } finally {
            Files.delete(log);
        }
    }

    private static String line(List<String> output, String prefix) {
        return output.stream().filter(line -> line.startsWith(prefix)).findFirst()
                .map(line -> line.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no line '" + prefix + "' in " + output));
    }
}
