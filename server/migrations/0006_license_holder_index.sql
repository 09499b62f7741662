-- `license_assignments_holder (holder_id)` repeats the leading column of
-- the table's UNIQUE (holder_id, license_id) index, which both engines use
-- for a lookup by holder alone. Dropping it saves one index write per
-- license assigned: four per user a users import adds (issue 4, item 11).
DROP INDEX license_assignments_holder;
