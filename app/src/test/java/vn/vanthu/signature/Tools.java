package vn.vanthu.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Command-line tools that are not ours (poppler, openssl, SoftHSM), run from tests that check VanThu against them. */
public final class Tools {

    private Tools() {
    }

    public static boolean installed(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs a command to its end and gives what it printed, its errors included. */
    public static String run(String... command) throws IOException, InterruptedException {
        return ran(command).output();
    }

    /** As {@link #run}, and the command must succeed. */
    static String succeed(String... command) throws IOException, InterruptedException {
        Ran ran = ran(command);
        assertThat(ran.exitValue()).as(String.join(" ", command) + ": " + ran.output()).isZero();
        return ran.output();
    }

    private static Ran ran(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Ran(process.exitValue(), output);
    }

    private record Ran(int exitValue, String output) {
    }
}
