package io.switchboard.platform.profiles;

import io.switchboard.quota.FailMode;
import io.switchboard.quota.Plan;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads a {@code plans} row into tenant-quota's {@link Plan}: the one mapping of that table. */
public final class PlanRows {

    private PlanRows() {}

    /** The plan in the current row; {@code idColumn} names the plan id's column (it may be aliased in a join). */
    public static Plan plan(ResultSet rs, String idColumn) throws SQLException {
        return new Plan(
                rs.getString(idColumn),
                rs.getString("display_name"),
                rs.getDouble("base_per_minute"),
                rs.getDouble("min_per_minute"),
                rs.getDouble("max_per_minute"),
                rs.getDouble("coefficient_complexity"),
                rs.getDouble("coefficient_history"),
                rs.getDouble("coefficient_load"),
                rs.getInt("burst_seconds"),
                rs.getInt("max_concurrent_streams"),
                FailMode.fromColumn(rs.getString("fail_mode")));
    }
}
