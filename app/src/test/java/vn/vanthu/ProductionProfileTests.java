package vn.vanthu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production profile keeps what only a demo may have out of production. Each test runs VanThu in a schema of
 * its own, so that it starts from an empty database whatever the other tests left behind.
 */
class ProductionProfileTests {

    private static final String AUDIT_KEY = "a-production-audit-key-that-is-long-enough-0123456789";
    private static final String SIGNATURE_KEY = "a-production-signature-key-that-is-long-enough-0123456789";

    @Test
    void refusesToStartWithoutATokenSecretOfItsOwn() {
        assertThatThrownBy(() -> start(schema("prod_secret"), "prod", "--vanthu.security.token-secret=").close())
                .hasStackTraceContaining("VANTHU_TOKEN_SECRET");
    }

    @Test
    void refusesToStartWithoutAnAuditKey() {
        assertThatThrownBy(() -> start(schema("prod_audit_key"), "prod", "--vanthu.audit.key=").close())
                .hasStackTraceContaining("VANTHU_AUDIT_KEY");
    }

    @Test
    void refusesToStartWithoutASignatureKey() {
        assertThatThrownBy(() -> start(schema("prod_signature_key"), "prod", "--vanthu.signature.key=").close())
                .hasStackTraceContaining("VANTHU_SIGNATURE_KEY");
    }

    @Test
    void refusesToStartWithoutAnAdministratorToCreate() {
        assertThatThrownBy(() -> start(schema("prod_no_admin"), "prod").close())
                .hasStackTraceContaining("VANTHU_ADMIN_USERNAME");
    }

    @Test
    void refusesToStartWhileDemoAccountsKeepTheDemoPassword() {
        String schema = schema("prod_after_demo");
        // the demo context stays open: a cleanly started embedded cluster is wiped when its last context closes
        try (ConfigurableApplicationContext demo = start(schema, "demo")) {
            assertThatThrownBy(() -> start(schema, "prod").close())
                    .hasStackTraceContaining("holds the demo province");
        }
    }

    @Test
    void createsTheFirstAdministratorFromConfigurationAndNoDemoData() throws Exception {
        try (ConfigurableApplicationContext vanthu = start(schema("prod_first_admin"), "prod",
                "--vanthu.bootstrap.admin-username=QuanTri",
                "--vanthu.bootstrap.admin-password=Khoi@tao2026",
                "--vanthu.bootstrap.agency-code=000.00.00.H98",
                "--vanthu.bootstrap.agency-name=Ủy ban nhân dân tỉnh Thử Nghiệm")) {
            String base = "http://localhost:" + vanthu.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"quantri\",\"password\":\"Khoi@tao2026\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            String accessToken = JsonMapper.builder().build().readTree(token.body()).get("accessToken").asString();

            HttpResponse<String> agencies = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/agencies"))
                    .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(agencies.body()).contains("Ủy ban nhân dân tỉnh Thử Nghiệm").contains("\"totalElements\":1");

            HttpResponse<String> demo = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Demo@123\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(demo.statusCode()).isEqualTo(401);
        }
    }

    /** A schema no earlier run has used; it lives in the test database, which is thrown away after the run. */
    private static String schema(String name) {
        return name + "_" + Long.toString(System.nanoTime(), 36);
    }

    private static ConfigurableApplicationContext start(String schema, String profile, String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.flyway.schemas=" + schema,
                "--spring.jpa.properties.hibernate.default_schema=" + schema,
                "--spring.datasource.hikari.connection-init-sql=set search_path to " + schema));
        args.addAll(List.of(arguments));
        if (args.stream().noneMatch(argument -> argument.startsWith("--vanthu.audit.key="))) {
            args.add("--vanthu.audit.key=" + AUDIT_KEY);
        }
        if (args.stream().noneMatch(argument -> argument.startsWith("--vanthu.signature.key="))) {
            args.add("--vanthu.signature.key=" + SIGNATURE_KEY);
        }
        return new SpringApplicationBuilder(VanThu.class).profiles(profile).run(args.toArray(String[]::new));
    }
}
