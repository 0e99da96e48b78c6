package vn.vanthu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.vanthu.Api;
import vn.vanthu.IntegrationTest;

/** What operators and integrators reach: health probes, metrics and the OpenAPI document. */
@IntegrationTest
class OperationsIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void loadBalancersSeeHealthAndReadinessWithoutSigningIn() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
    }

    @Test
    void metricsAreForSystemAdministrators() {
        Api api = new Api(mvc);
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
        assertThat(api.get(api.bearer("cv.tinh"), "/actuator/prometheus")).hasStatus(403);
        assertThat(api.get(api.bearer("admin"), "/actuator/prometheus")).hasStatusOk().bodyText()
                .contains("jvm_memory_used_bytes").contains("hikaricp_connections_active")
                .contains("application=\"vanthu\"");
    }

    @Test
    void theOpenApiDocumentDescribesTheApiForAnyone() {
        var document = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
        document.extractingPath("$.paths['/api/v1/auth/token'].post").isNotNull();
        document.extractingPath("$.paths['/api/v1/agencies'].get.parameters[*].name").asArray()
                .contains("level", "parent", "q");
        document.extractingPath("$.paths['/api/v1/users/{id}'].put").isNotNull();
        document.extractingPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus3xxRedirection();
    }
}
