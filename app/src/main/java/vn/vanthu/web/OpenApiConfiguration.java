package vn.vanthu.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}: integrators sign in with a bearer token from /api/v1/auth/token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI vanThuApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("VanThu API")
                        .version("v1")
                        .description("Quản lý văn bản và điều hành. Lấy token: `POST /api/v1/auth/token` "
                                + "`{\"username\", \"password\"}`, rồi gửi `Authorization: Bearer <accessToken>`. "
                                + "Lỗi trả về theo RFC 9457 (application/problem+json).")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
