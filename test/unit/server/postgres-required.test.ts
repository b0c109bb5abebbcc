// The receipts tests skip their PostgreSQL half where PostgreSQL is not installed (a new user's clone).
// CI installs it (.ci/run) and sets KELISIM_REQUIRE_POSTGRES=1: there a cluster that cannot start must
// fail the run, not quietly halve the receipts tests.
import { expect, it } from "vitest";
import { startTestPostgres } from "../../support/postgres.ts";

it.skipIf(process.env.KELISIM_REQUIRE_POSTGRES !== "1")(
  "PostgreSQL starts for the receipts tests (required in CI)",
  () => {
    const postgres = startTestPostgres();
    expect(postgres, "no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)").not.toBeNull();
    postgres?.stop();
  },
);
