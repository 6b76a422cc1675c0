"""Each service's SQL functions, as its migrated database holds them, are the definitions in
`services/<service>/migrations/sql/functions.sql`: the file is where a reader finds the current text of a
function (the migrations hold its history), and a migration that changes a function changes the file too.

`CALLVAULT_WRITE_SQL_FUNCTIONS=1` writes the files from the migrated databases instead of comparing."""

import os
import re

import pytest
from sqlalchemy import text

from services.common.db import create_engine
from services.common.migrations import SERVICES_DIR, sql_functions
from services.common.settings import SERVICES, Settings

# The functions of the public schema that no extension brings, with their definition as PostgreSQL prints it.
QUERY = text("""
SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'public' AND p.prokind = 'f'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
ORDER BY p.proname, pg_get_function_identity_arguments(p.oid)
""")
HEAD = re.compile(r"CREATE OR REPLACE FUNCTION public\.(\w+)\(")


async def _defined(settings: Settings, service: str) -> list[str]:
    engine = create_engine(settings.service_database_url(service, owner=True), pool_size=1)
    try:
        async with engine.connect() as conn:
            return [row[0].strip() for row in await conn.execute(QUERY)]
    finally:
        await engine.dispose()


@pytest.mark.parametrize("service", SERVICES)
async def test_the_migrated_functions_are_the_sql_files_definitions(settings: Settings, service: str):
    defined = await _defined(settings, service)
    path = SERVICES_DIR / service / "migrations" / "sql" / "functions.sql"
    if os.environ.get("CALLVAULT_WRITE_SQL_FUNCTIONS") == "1":
        path.write_text(path.read_text().split("\n\n", 1)[0] + "\n\n" + "".join(f"{d}\n;\n\n" for d in defined))
    in_file = sql_functions(service)
    assert [HEAD.match(d).group(1) for d in in_file] == [HEAD.match(d).group(1) for d in defined]
    assert in_file == defined
    assert len(defined) >= 5  # the query sees the service's functions


async def test_a_function_whose_results_grew_is_dropped_and_created_again(settings: Settings):
    """A migration that applies the file to a database an older release made, where a function's results
    have grown since (migration 0015 applying 0016's `callvault_call_timeline`): replaced, not refused."""
    from services.common.migrations import _replace_function

    engine = create_engine(settings.service_database_url("recording_consent", owner=True), pool_size=1)
    head = "CREATE OR REPLACE FUNCTION public.callvault_probe_grown(p_x integer"
    grown = (f"{head}, OUT a integer, OUT b text)\n RETURNS record\n LANGUAGE sql\nAS $function$ "
             "SELECT p_x, 'grown' $function$")
    try:
        async with engine.begin() as conn:
            await conn.execute(text(f"{head}, OUT a integer)\n RETURNS integer\n LANGUAGE sql\nAS $function$ "
                                    "SELECT p_x $function$"))
            await conn.run_sync(lambda sync: _replace_function(sync, grown))
            row = (await conn.execute(text("SELECT * FROM callvault_probe_grown(7)"))).one()
            left = (await conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname LIKE "
                                            "'callvault_probe_grown%'"))).scalar_one()
        assert tuple(row) == (7, "grown") and left == 1
    finally:
        async with engine.begin() as conn:
            await conn.execute(text("DROP FUNCTION IF EXISTS callvault_probe_grown(integer)"))
        await engine.dispose()
