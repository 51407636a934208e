package cn.hezuo.upload;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Every {@link ImportKind} of the app by purpose; two kinds claiming one purpose stop the app from starting. */
@Component
public class ImportKinds {

    private final Map<String, ImportKind<?, ?>> byPurpose = new TreeMap<>();

    ImportKinds(List<ImportKind<?, ?>> kinds) {
        for (ImportKind<?, ?> kind : kinds) {
            ImportKind<?, ?> other = byPurpose.put(kind.purpose(), kind);
            if (other != null) {
                throw new IllegalStateException("two import kinds for purpose " + kind.purpose() + ": "
                        + other.getClass().getName() + ", " + kind.getClass().getName());
            }
        }
    }

    /** Every kind by purpose, sorted by purpose. */
    public Map<String, ImportKind<?, ?>> all() {
        return Collections.unmodifiableMap(byPurpose);
    }

    boolean isRegistered(ImportKind<?, ?> kind) {
        return byPurpose.get(kind.purpose()) == kind;
    }
}
