package vn.vanthu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vanthu.demo.*}: which province the demo profile loads. Two demo deployments given different groups stand
 * for two provinces, e.g. to try the exchange between them.
 *
 * @param group the top-level group of the identity codes ({@code H99}: {@code 000.00.00.H99} for the province)
 * @param province the province's name ("Sơn Hà")
 */
@ConfigurationProperties("vanthu.demo")
public record DemoSettings(@DefaultValue(DemoProvince.GROUP) String group,
        @DefaultValue(DemoProvince.NAME) String province) {
}
