package cn.hezuo.system;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who opened a record and when, and who closed it and when (still open: both null). Peer-evaluation rounds and
 * tracking records keep the same four columns; one type keeps their meaning the same.
 */
@Embeddable
public class OpenedAndClosed {

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected OpenedAndClosed() {
    }

    public OpenedAndClosed(String openedBy, Instant openedAt) {
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    public void close(String by, Instant at) {
        this.closedBy = by;
        this.closedAt = at;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
