package vn.vanthu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * VanThu: the eOffice of a province (phần mềm quản lý văn bản và điều hành).
 */
@Modulithic(systemName = "VanThu", sharedModules = "core")
@SpringBootApplication
@ConfigurationPropertiesScan
public class VanThu {

    public static void main(String[] args) {
        SpringApplication.run(VanThu.class, args);
    }
}
