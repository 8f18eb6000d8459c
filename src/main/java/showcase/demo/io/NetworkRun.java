package showcase.demo.io;

import java.sql.SQLException;
import java.util.Optional;
import showcase.demo.CaseResult;
import showcase.io.Database.PoolCounts;
import showcase.io.Downstream.Served;

/**
 * One model's run of a network case, measured at both ends: the run as {@code compare} measures
 * it, what the driver threw, what PostgreSQL did with the query after the caller returned, how the
 * downstream service saw its request end, and Hikari's counts once everything had settled.
 *
 * @param downstreamAfterReturnMillis how long the service went on working after the caller returned (negative: it had ended before)
 */
record NetworkRun(CaseResult result, Optional<SQLException> driverSaid, ServerWatch.Seen server,
        Optional<Served> downstream, long downstreamAfterReturnMillis, PoolCounts pool) {
}
