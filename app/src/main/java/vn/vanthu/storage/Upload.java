package vn.vanthu.storage;

import java.io.InputStream;

/** A file as it comes with a new document: its name and a way to read it. */
public record Upload(String fileName, InputStream content) {
}
