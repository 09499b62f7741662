//! Issue 11.5: upgrades from every released schema version, with data in
//! it, on SQLite and PostgreSQL. For each version a fresh database is
//! migrated up to it and every one of its tables gets a row (columns filled
//! by type, foreign keys pointing at the rows made before, in dependency
//! order), then the database is migrated to this binary's version: every
//! row must still be there with the values it was written with. The rows
//! are made from the schema itself, so a new migration is covered without
//! writing a fixture for it.
mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::TestDb;
use server::store::{Backend, LATEST_VERSION, Store};
use sqlx::Row;

#[derive(Debug, Clone)]
struct Column {
    name: String,
    integer: bool,
    nullable: bool,
    /// The tables and columns its foreign keys point at (a column may be
    /// in a single-column key and in a composite one).
    references: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Integer(i64),
    Text(String),
    Null,
}

async fn tables(store: &Store) -> Vec<String> {
    let sql = match store.backend() {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table'
             AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT table_name::text AS name FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
               AND table_name <> 'schema_migrations' ORDER BY table_name"
        }
    };
    sqlx::query(sql)
        .fetch_all(store.pool())
        .await
        .unwrap()
        .iter()
        .map(|row| row.get("name"))
        .collect()
}

async fn columns(store: &Store, table: &str) -> Vec<Column> {
    let mut columns = Vec::new();
    match store.backend() {
        Backend::Sqlite => {
            let keys = sqlx::query(&format!("PRAGMA foreign_key_list({table})"))
                .fetch_all(store.pool())
                .await
                .unwrap();
            let mut references: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
            for key in &keys {
                let to: Option<String> = key.get("to");
                references
                    .entry(key.get("from"))
                    .or_default()
                    .push((key.get("table"), to.unwrap_or_else(|| "id".into())));
            }
            for row in sqlx::query(&format!("PRAGMA table_info({table})"))
                .fetch_all(store.pool())
                .await
                .unwrap()
            {
                let name: String = row.get("name");
                let kind: String = row.get("type");
                let not_null: i64 = row.get("notnull");
                let primary: i64 = row.get("pk");
                columns.push(Column {
                    integer: kind.to_uppercase().contains("INT"),
                    nullable: not_null == 0 && primary == 0,
                    references: references.get(&name).cloned().unwrap_or_default(),
                    name,
                });
            }
        }
        Backend::Postgres => {
            // pg_constraint pairs each column of a key with the column it
            // points at (information_schema would cross a composite key).
            let keys = sqlx::query(
                "SELECT a.attname::text AS from_column, p.relname::text AS parent,
                        pa.attname::text AS to_column
                 FROM pg_constraint c
                 JOIN pg_class t ON t.oid = c.conrelid
                 JOIN pg_namespace n ON n.oid = t.relnamespace
                 JOIN pg_class p ON p.oid = c.confrelid
                 CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(from_num, to_num)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.from_num
                 JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = k.to_num
                 WHERE c.contype = 'f' AND t.relname = $1 AND n.nspname = current_schema()",
            )
            .bind(table)
            .fetch_all(store.pool())
            .await
            .unwrap();
            let mut references: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
            for key in &keys {
                references
                    .entry(key.get("from_column"))
                    .or_default()
                    .push((key.get("parent"), key.get("to_column")));
            }
            for row in sqlx::query(
                "SELECT column_name::text AS column_name, data_type::text AS data_type,
                        is_nullable::text AS is_nullable
                 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = $1
                 ORDER BY ordinal_position",
            )
            .bind(table)
            .fetch_all(store.pool())
            .await
            .unwrap()
            {
                let name: String = row.get("column_name");
                let kind: String = row.get("data_type");
                let nullable: String = row.get("is_nullable");
                columns.push(Column {
                    integer: kind.contains("int"),
                    nullable: nullable == "YES",
                    references: references.get(&name).cloned().unwrap_or_default(),
                    name,
                });
            }
        }
    }
    columns
}

/// Tables with their parents first (a self-reference does not count).
fn in_dependency_order(schema: &BTreeMap<String, Vec<Column>>) -> Vec<String> {
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut order = Vec::new();
    while order.len() < schema.len() {
        let before = order.len();
        for (table, columns) in schema {
            if done.contains(table) {
                continue;
            }
            let ready = columns.iter().all(|c| {
                c.references
                    .iter()
                    .all(|(parent, _)| parent == table || done.contains(parent))
            });
            if ready {
                done.insert(table.clone());
                order.push(table.clone());
            }
        }
        assert!(order.len() > before, "a cycle of foreign keys: {schema:?}");
    }
    order
}

/// One row in every table of the schema as it is now: what was written.
async fn fill(store: &Store, version: i64) -> Vec<(String, Vec<(String, Value)>)> {
    let mut schema = BTreeMap::new();
    for table in tables(store).await {
        let columns = columns(store, &table).await;
        schema.insert(table, columns);
    }
    let mut written: BTreeMap<String, Vec<(String, Value)>> = BTreeMap::new();
    let mut rows = Vec::new();
    for table in in_dependency_order(&schema) {
        let mut values = Vec::new();
        for column in &schema[&table] {
            // Every key a column is in points at rows made from the same
            // first row of each table, so any of them gives its value.
            let value = match column.references.first() {
                Some((parent, _)) if *parent == table && column.nullable => Value::Null,
                Some((parent, to)) => written[parent]
                    .iter()
                    .find(|(name, _)| name == to)
                    .map(|(_, v)| v.clone())
                    .unwrap_or(Value::Null),
                // 0 passes every CHECK (pool quantities and counts).
                None if column.integer => Value::Integer(0),
                None => Value::Text(format!("v{version}-{table}-{}", column.name)),
            };
            values.push((column.name.clone(), value));
        }
        let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
        let marks: Vec<String> = (1..=values.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            marks.join(", ")
        );
        let mut query = sqlx::query(&sql);
        for (_, value) in &values {
            query = match value {
                Value::Integer(n) => query.bind(*n),
                Value::Text(text) => query.bind(text.clone()),
                Value::Null => query.bind(None::<String>),
            };
        }
        query
            .execute(store.pool())
            .await
            .unwrap_or_else(|e| panic!("schema {version}, {sql}: {e}"));
        written.insert(table.clone(), values.clone());
        rows.push((table, values));
    }
    rows
}

/// Whether the row is still there: every column it was written with that
/// still exists holds the same value.
async fn still_there(store: &Store, table: &str, values: &[(String, Value)]) -> bool {
    let now: BTreeSet<String> = columns(store, table)
        .await
        .into_iter()
        .map(|c| c.name)
        .collect();
    let kept: Vec<&(String, Value)> = values
        .iter()
        .filter(|(name, value)| now.contains(name) && *value != Value::Null)
        .collect();
    let conditions: Vec<String> = kept
        .iter()
        .enumerate()
        .map(|(i, (name, _))| format!("{name} = ${}", i + 1))
        .collect();
    let sql = format!(
        "SELECT COUNT(*) AS n FROM {table} WHERE {}",
        conditions.join(" AND ")
    );
    let mut query = sqlx::query(&sql);
    for (_, value) in &kept {
        query = match value {
            Value::Integer(n) => query.bind(*n),
            Value::Text(text) => query.bind(text.clone()),
            Value::Null => query,
        };
    }
    let n: i64 = query.fetch_one(store.pool()).await.unwrap().get("n");
    n == 1
}

#[tokio::test]
async fn every_released_schema_with_data_in_it_upgrades_to_this_one_keeping_every_row() {
    for version in 1..LATEST_VERSION {
        for db in TestDb::all_at(version).await {
            let store = &db.store;
            assert_eq!(store.schema_version().await.unwrap(), version);
            let rows = fill(store, version).await;
            let applied = store
                .migrate()
                .await
                .unwrap_or_else(|e| panic!("{}: upgrading from schema {version}: {e}", db.label()));
            assert_eq!(
                applied,
                ((version + 1)..=LATEST_VERSION).collect::<Vec<_>>(),
                "{}",
                db.label()
            );
            for (table, values) in &rows {
                assert!(
                    still_there(store, table, values).await,
                    "{}: from schema {version}, the row written in {table} is gone or changed: {values:?}",
                    db.label()
                );
            }
            db.close().await;
        }
    }
}
