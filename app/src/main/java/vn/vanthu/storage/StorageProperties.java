package vn.vanthu.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code vanthu.storage.*}.
 *
 * @param directory where the files of the default on-disk store live ({@code ./data/files})
 * @param maxFileSize the largest file let in (50 MB by default: a scanned document of a few hundred pages)
 */
@ConfigurationProperties("vanthu.storage")
record StorageProperties(@DefaultValue("./data/files") Path directory, @DefaultValue("50MB") DataSize maxFileSize) {
}
