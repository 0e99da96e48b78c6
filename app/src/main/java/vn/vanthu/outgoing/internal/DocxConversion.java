package vn.vanthu.outgoing.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.vanthu.web.PdfPrinter;

/**
 * Turns a draft written in Word (DOCX) into the PDF that is signed, with LibreOffice run headless. Officials still
 * draft in Word, and Decree 30 has the e-document signed and issued as PDF; LibreOffice is the converter an agency
 * can install on its own server, with no document leaving it.
 *
 * <p>LibreOffice is optional: {@link #available()} tells whether it was found, so that the upload of a DOCX can be
 * offered only then. Its command is {@code vanthu.outgoing.soffice}, by default {@code soffice} or
 * {@code libreoffice} on the PATH.
 */
@Component
public class DocxConversion {

    static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> DEFAULT_COMMANDS = List.of("soffice", "libreoffice");
    private static final int OUTPUT_SHOWN = 4000;

    /** LibreOffice takes a core and a few hundred MB while it converts: a few at once, the rest wait their turn. */
    private static final Semaphore RUNNING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

    private final @Nullable Path command;

    DocxConversion(@Value("${vanthu.outgoing.soffice:}") String command) {
        this.command = command.isBlank() ? DEFAULT_COMMANDS.stream().map(DocxConversion::onPath)
                .flatMap(Optional::stream).findFirst().orElse(null) : resolve(command.strip());
    }

    /** Whether LibreOffice was found, so that a DOCX can be converted. */
    public boolean available() {
        return executable() != null;
    }

    /**
     * The DOCX as PDF.
     *
     * @throws IllegalStateException when LibreOffice is missing, fails, or takes longer than two minutes; the
     *     message carries what it printed
     */
    public byte[] toPdf(byte[] docx) {
        Path soffice = executable();
        if (soffice == null) {
            throw new IllegalStateException("LibreOffice (soffice) is not installed or vanthu.outgoing.soffice does "
                    + "not name it: a DOCX cannot be converted to PDF");
        }
        Path work = null;
        Process process = null;
        boolean running = false;
        try {
            if (!RUNNING.tryAcquire(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("Too many DOCX conversions at once; try again in a moment");
            }
            running = true;
            work = Files.createTempDirectory("vanthu-docx-");
            Path input = Files.write(work.resolve("draft.docx"), docx);
            Path output = Files.createDirectory(work.resolve("out"));
            Path log = work.resolve("soffice.log");
            // a profile of its own: LibreOffice refuses a second instance on a profile in use, and the service
            // account may have no home to keep one in
            Path profile = work.resolve("profile");
            addFonts(profile);
            distrust(profile);
            process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                    "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir",
                    output.toString(), input.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("LibreOffice did not convert the DOCX within " + TIMEOUT.toSeconds()
                        + " s: " + printed(log));
            }
            Path pdf = output.resolve("draft.pdf");
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
                throw new IllegalStateException("LibreOffice could not convert the DOCX (exit code "
                        + process.exitValue() + "): " + printed(log));
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run LibreOffice to convert the DOCX", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while LibreOffice converted the DOCX", e);
        } finally {
            stop(process);
            delete(work);
            if (running) {
                RUNNING.release();
            }
        }
    }

    /**
     * LibreOffice loads the fonts in its profile's {@code user/fonts}, and then stands Liberation Serif in for Times
     * New Roman, whose metrics it shares: without it a server with no such font lays the draft out in another one,
     * with other line and page breaks than the drafter saw in Word.
     */
    private static void addFonts(Path profile) throws IOException {
        Path fonts = Files.createDirectories(profile.resolve("user").resolve("fonts"));
        for (PdfPrinter.Face face : PdfPrinter.Face.values()) {
            try (InputStream font = face.open()) {
                Files.copy(font, fonts.resolve(face.fileName()));
            }
        }
    }

    /**
     * The DOCX comes from a user: its macros never run, and links to other files or to the network (images, OLE
     * objects, fields) are never updated, so a crafted document cannot read the server's files into its PDF or call
     * out from the server.
     */
    private static void distrust(Path profile) throws IOException {
        Files.writeString(profile.resolve("user").resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry"
                    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
                <prop oor:name="MacroSecurityLevel" oor:op="fuse"><value>3</value></prop></item>
                <item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
                <prop oor:name="DisableMacrosExecution" oor:op="fuse"><value>true</value></prop></item>
                <item oor:path="/org.openoffice.Office.Common/Security/Scripting">\
                <prop oor:name="BlockUntrustedRefererLinks" oor:op="fuse"><value>true</value></prop></item>
                <item oor:path="/org.openoffice.Office.Writer/Content/Update">\
                <prop oor:name="Link" oor:op="fuse"><value>2</value></prop></item>
                <item oor:path="/org.openoffice.Office.Writer/Content/Update">\
                <prop oor:name="Field" oor:op="fuse"><value>0</value></prop></item>
                </oor:items>
                """, StandardCharsets.UTF_8);
    }

    /** A LibreOffice that overran or was interrupted must not keep running, nor keep its files open. */
    private static void stop(@Nullable Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checked at each use: LibreOffice may be installed or removed while VanThu runs. */
    private @Nullable Path executable() {
        return command != null && Files.isExecutable(command) ? command : null;
    }

    private static @Nullable Path resolve(String command) {
        return command.contains(File.separator) ? Path.of(command) : onPath(command).orElse(null);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name)).filter(Files::isExecutable).findFirst();
    }

    private static String printed(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        // whatever the tool's locale: undecodable bytes become replacement characters rather than a second error
        String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "(no output)";
        }
        return text.length() > OUTPUT_SHOWN ? text.substring(text.length() - OUTPUT_SHOWN) : text;
    }

    private static void delete(@Nullable Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // what is left is in the temporary directory, which the system clears: the conversion's result stands
        }
    }
}
