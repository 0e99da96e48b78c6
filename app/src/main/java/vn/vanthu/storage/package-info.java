/**
 * Attachments: files stored once by their SHA-256, never changed after, behind a {@link vn.vanthu.storage.FileStore}
 * that is a folder on disk by default and an S3-compatible store later. A file is let in only within the size limit
 * and only when its content is one of the document types an agency works with, whatever its name says.
 */
@ApplicationModule(displayName = "Lưu trữ tệp (storage)")
@NullMarked
package vn.vanthu.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
