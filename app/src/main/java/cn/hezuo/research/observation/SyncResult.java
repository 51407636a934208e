package cn.hezuo.research.observation;

import java.util.List;

/**
 * What became of a batch: ids stored now, ids that were already stored (a retry; counted once), and ids refused with
 * a message. The browser drops all three from its queue and shows the refusals.
 */
public record SyncResult(List<String> stored, List<String> duplicates, List<Refused> refused) {

    public record Refused(String id, String message) {
    }
}
