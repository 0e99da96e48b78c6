package vn.vanthu.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.Paging;
import vn.vanthu.core.SearchKey;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Decision20Code;

/**
 * The national agency directory (danh bạ liên thông): every agency of the country as the national exchange hub lists
 * it, most of them served by other systems. The system administrator loads it from a file in the hub's shape;
 * everyone signed in searches it to address documents to agencies outside the deployment.
 */
@Service
@Transactional(readOnly = true)
public class NationalDirectory {

    private static final int FILE_NAME_LENGTH = 200;

    private final DirectoryEntries entries;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;

    NationalDirectory(DirectoryEntries entries, AgencyDirectory agencies, ApplicationEventPublisher events) {
        this.entries = entries;
        this.agencies = agencies;
        this.events = events;
    }

    /**
     * Loads a file of the directory (JSON or CSV, see {@link DirectoryFile}) in one transaction: every row is checked
     * first, and the first bad one refuses the file with nothing written. Agencies new to the directory are added,
     * changed ones updated, the others counted as unchanged; agencies the file does not list stay as they were (a
     * file may cover one province).
     */
    @Transactional
    public DirectoryImported importFile(byte[] content, @Nullable String fileName, CurrentUser by) {
        if (!by.isAdmin()) {
            throw new NotPermitted("exchange.directory.not-admin");
        }
        DirectoryFile file = DirectoryFile.read(content);
        entries.lockForImports();
        List<DirectoryEntry> read = withParents(file);
        Map<String, DirectoryEntry> stored = entries.existing(read.stream().map(DirectoryEntry::code102).toList());
        List<DirectoryEntry> created = new ArrayList<>();
        List<DirectoryEntry> updated = new ArrayList<>();
        for (DirectoryEntry entry : read) {
            DirectoryEntry before = stored.get(entry.code102());
            if (before == null) {
                created.add(entry);
            } else if (!before.equals(entry)) {
                updated.add(entry);
            }
        }
        Instant now = Instant.now();
        List<DirectoryEntry> written = new ArrayList<>(created);
        written.addAll(updated);
        entries.write(written, now);
        DirectoryImported imported = new DirectoryImported(UUID.randomUUID(), clip(fileName), file.format().name(),
                created.size(), updated.size(), read.size() - created.size() - updated.size(), by.username(), now);
        events.publishEvent(imported);
        return imported;
    }

    /**
     * Agencies whose name or code (QCVN 102, Decision 20, old) contains {@code text}, without regard to case or
     * diacritics, in name order; every agency when there is no text.
     */
    public Page<DirectoryAgency> search(@Nullable String text, Pageable pageable) {
        Pageable page = Paging.of(pageable, Sort.unsorted());
        String key = text == null ? "" : SearchKey.forLike(text);
        List<DirectoryAgency> found = entries.search(key, page.getOffset(), page.getPageSize()).stream()
                .map(this::view).toList();
        return new PageImpl<>(found, page, entries.count(key));
    }

    public Optional<DirectoryAgency> find(AgencyCode code102) {
        return entries.find(code102.value()).map(this::view);
    }

    /**
     * Each row with its parent as a QCVN 102 code. JSON: the object whose {@code id} is the {@code pid}; a
     * {@code pid} that names no object of the file is a root (the hub's roots point at an id it does not list). CSV:
     * a row of the file by either code, else an agency already in the directory, else a well-formed QCVN 102 code
     * taken as it is (a parent listed in another file); anything else refuses the file.
     */
    private List<DirectoryEntry> withParents(DirectoryFile file) {
        Map<String, String> known = new HashMap<>();
        for (DirectoryFile.Row row : file.rows()) {
            String key = file.format() == DirectoryFile.Format.JSON ? row.id() : row.code102().value();
            if (key != null) {
                known.put(key, row.code102().value());
            }
        }
        if (file.format() == DirectoryFile.Format.CSV) {
            file.rows().stream().filter(row -> row.code() != null)
                    .forEach(row -> known.putIfAbsent(row.code().value(), row.code102().value()));
            Set<String> elsewhere = new LinkedHashSet<>();
            file.rows().stream().map(DirectoryFile.Row::parent)
                    .filter(parent -> parent != null && !known.containsKey(parent)).forEach(elsewhere::add);
            if (!elsewhere.isEmpty()) {
                entries.parentsByEitherCode(elsewhere).forEach(known::putIfAbsent);
            }
        }
        List<DirectoryEntry> read = new ArrayList<>(file.rows().size());
        for (DirectoryFile.Row row : file.rows()) {
            read.add(row.entry(parentOf(file.format(), row, known)));
        }
        return read;
    }

    private static @Nullable String parentOf(DirectoryFile.Format format, DirectoryFile.Row row,
            Map<String, String> known) {
        if (row.parent() == null) {
            return null;
        }
        String parent = known.get(row.parent());
        if (parent == null && format == DirectoryFile.Format.CSV) {
            if (!AgencyCode.isValid(row.parent())) {
                throw new InvalidValue("parent", "exchange.directory.parent.not-found", row.at().label(),
                        row.parent());
            }
            parent = row.parent();
        }
        // an agency named as its own parent is a slip of the file, not a reason to refuse the country's list
        return row.code102().value().equals(parent) ? null : parent;
    }

    private DirectoryAgency view(DirectoryEntries.Found found) {
        DirectoryEntry entry = found.entry();
        AgencyCode code = new AgencyCode(entry.code102());
        // "internal" as outgoing routes it: an active agency of the deployment is delivered inside, not exchanged
        boolean internal = agencies.findByCode(code).filter(AgencyView::active).isPresent();
        return new DirectoryAgency(code, entry.codeQd20() == null ? null : new Decision20Code(entry.codeQd20()),
                entry.oldCode(), entry.name(),
                entry.parentCode102() == null ? null : new AgencyCode(entry.parentCode102()), found.parentName(),
                entry.email(), internal);
    }

    private static String clip(@Nullable String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "-";
        }
        return fileName.length() > FILE_NAME_LENGTH ? fileName.substring(0, FILE_NAME_LENGTH) : fileName;
    }
}
