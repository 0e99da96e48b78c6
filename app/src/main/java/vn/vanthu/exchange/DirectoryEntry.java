package vn.vanthu.exchange;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.SearchKey;

/**
 * One agency of the national directory, as a file gives it (its parent resolved to a QCVN 102 code) and as the table
 * keeps it. Two entries are equal when nothing an import writes differs, which is how an import tells an unchanged
 * agency from a changed one.
 */
record DirectoryEntry(String code102, @Nullable String codeQd20, @Nullable String oldCode, String name,
        @Nullable String parentCode102, @Nullable String email) {

    /** What a search matches: the name and every code, folded so that "uy ban" finds "Ủy ban". */
    String searchKey() {
        StringBuilder text = new StringBuilder(name).append(' ').append(code102);
        if (codeQd20 != null) {
            text.append(' ').append(codeQd20);
        }
        if (oldCode != null) {
            text.append(' ').append(oldCode);
        }
        return SearchKey.fold(text.toString());
    }
}
