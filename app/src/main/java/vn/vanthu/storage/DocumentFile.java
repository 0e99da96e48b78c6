package vn.vanthu.storage;

import java.io.InputStream;
import java.util.function.Supplier;

/** A file handed to a reader: how to name it, what it is, and its content, opened when it is sent. */
public record DocumentFile(String fileName, String contentType, long size, Supplier<InputStream> content) {
}
