package io.returnrouter.api.lifecycle;

import io.returnrouter.api.returns.LedgerLoads;
import io.returnrouter.core.lifecycle.ReturnStatus;
import io.returnrouter.core.lifecycle.StatusChange;
import io.returnrouter.persistence.lifecycle.LifecycleStore;
import io.returnrouter.persistence.returns.CapacityLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores a transition and makes the capacity ledger follow it, in the caller's transaction.
 * Capacity follows the parcel: a parcel RECEIVED at the warehouse (or declared LOST) no longer
 * holds the hub periods and departures after that day, and an EXPIRED or CANCELLED return holds
 * nothing. What a parcel used up to that day stays booked: it really was there.
 */
@ApplicationScoped
public class StatusRecorder {

    private final LifecycleStore lifecycle;
    private final CapacityLedger ledger;
    private final LedgerLoads loads;

    @Inject
    public StatusRecorder(LifecycleStore lifecycle, CapacityLedger ledger, LedgerLoads loads) {
        this.lifecycle = lifecycle;
        this.ledger = ledger;
        this.loads = loads;
    }

    /** For CDI proxies only. */
    protected StatusRecorder() {
        this(null, null, null);
    }

    /** The transition and its capacity release; the days whose loads changed are in the result. */
    public Recorded record(Connection c, String returnId, ReturnStatus to, Instant at, String source,
                           Map<String, Object> details) throws SQLException {
        Optional<StatusChange> change = lifecycle.transition(c, returnId, to, at, source, details);
        List<LocalDate> released = List.of();
        if (change.isPresent()) {
            if (to == ReturnStatus.EXPIRED) {
                released = ledger.releaseAfter(c, returnId, LocalDate.MIN);
            } else if (to == ReturnStatus.RECEIVED || to == ReturnStatus.LOST) {
                released = ledger.releaseAfter(c, returnId, LocalDate.ofInstant(at, ZoneOffset.UTC));
            }
        }
        return new Recorded(change, released);
    }

    /** After the commit: quotes on this instance see the released capacity at once. */
    public void committed(Recorded recorded) {
        if (!recorded.releasedDays().isEmpty()) {
            loads.changed(recorded.releasedDays());
        }
    }

    public record Recorded(Optional<StatusChange> change, List<LocalDate> releasedDays) {
    }
}
