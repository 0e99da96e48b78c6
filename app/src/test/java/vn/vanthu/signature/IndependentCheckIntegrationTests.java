package vn.vanthu.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.vanthu.IntegrationTest;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.signature.internal.BuiltInAuthority;

/**
 * VanThu's signatures as tools that are not ours see them: poppler's {@code pdfsig} finds every signature intact, and
 * each signature's CMS verifies with {@code openssl cms -verify} against the built-in root. CI installs both
 * (poppler-utils, openssl); where they are missing the test is skipped, saying so.
 */
@IntegrationTest
class IndependentCheckIntegrationTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    People people;
    @Autowired
    BuiltInAuthority authority;

    @TempDir
    Path work;

    @Test
    void pdfsigAndOpensslAcceptBothSignatures() throws Exception {
        assumeTrue(Tools.installed("pdfsig") && Tools.installed("openssl"), "pdfsig or openssl is not installed");
        SigningClient client = new SigningClient(mvc);
        Person chairman = people.byUsername("ld.tinh").orElseThrow();
        byte[] personal = client.signed("ld.tinh", "personal", TestPdfs.letter(1, "CHỦ TỊCH", chairman.fullName()),
                Map.of("pin", SigningClient.PIN));
        byte[] sealed = client.signed("vt.tinh", "agency", personal, Map.of("pin", SigningClient.PIN));
        Path pdf = Files.write(work.resolve("signed.pdf"), sealed);

        String pdfsig = Tools.run("pdfsig", pdf.toString());
        assertThat(pdfsig).contains("Signature #1", "Signature #2");
        assertThat(count(pdfsig, "Signature Validation: Signature is Valid.")).isEqualTo(2);

        Path root = work.resolve("root.pem");
        Files.writeString(root, pem(BuiltInAuthority.der(authority.root())));
        try (PDDocument document = Loader.loadPDF(sealed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(2);
            int n = 0;
            for (PDSignature signature : signatures) {
                n++;
                Path cms = Files.write(work.resolve("signature" + n + ".der"), signature.getContents(sealed));
                Path content = Files.write(work.resolve("content" + n + ".bin"), signature.getSignedContent(sealed));
                String verified = Tools.run("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                        cms.toString(), "-content", content.toString(), "-CAfile", root.toString(), "-purpose", "any",
                        "-out",
                        work.resolve("out" + n).toString());
                assertThat(verified).contains("Verification successful");
            }
        }
    }

    private static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }

}
