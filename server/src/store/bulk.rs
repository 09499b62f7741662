//! Statements over many rows at once: multi-row INSERTs and `IN` lists,
//! written so that one text runs on both backends.
//!
//! Placeholders are numbered `$n` on PostgreSQL and anonymous `?` on SQLite:
//! sqlx looks every named SQLite parameter up by name with a linear search,
//! so thousands of `$n` in one statement would cost time quadratic in them.
use sqlx::{AnyConnection, any::AnyRow};

use super::Backend;

/// Most parameters one statement binds: under SQLite's 32,766 and
/// PostgreSQL's 65,535, with room to spare.
const PARAMS_PER_STATEMENT: usize = 30_000;

/// Most rows one multi-row INSERT writes.
const ROWS_PER_STATEMENT: usize = 500;

/// How many keys one `IN (…)` list binds.
pub(super) const KEYS_PER_QUERY: usize = 500;

/// Hands out the placeholders of one statement, in order.
pub(super) struct Params {
    backend: Backend,
    next: usize,
}

impl Params {
    pub(super) fn new(backend: Backend) -> Self {
        Params { backend, next: 1 }
    }

    /// The next placeholder.
    pub(super) fn next(&mut self) -> String {
        let n = self.next;
        self.next += 1;
        match self.backend {
            Backend::Sqlite => "?".to_owned(),
            Backend::Postgres => format!("${n}"),
        }
    }

    /// `count` placeholders, comma-separated (an `IN` list or a row).
    pub(super) fn list(&mut self, count: usize) -> String {
        let mut out = String::with_capacity(count * 4);
        for i in 0..count {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.next());
        }
        out
    }
}

/// One value of a bulk statement.
#[derive(Debug, Clone, Copy)]
pub(super) enum Cell<'a> {
    Text(Option<&'a str>),
    Int(Option<i64>),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(text: &'a str) -> Self {
        Cell::Text(Some(text))
    }
}

impl<'a> From<Option<&'a str>> for Cell<'a> {
    fn from(text: Option<&'a str>) -> Self {
        Cell::Text(text)
    }
}

impl From<i64> for Cell<'_> {
    fn from(number: i64) -> Self {
        Cell::Int(Some(number))
    }
}

impl From<Option<i64>> for Cell<'_> {
    fn from(number: Option<i64>) -> Self {
        Cell::Int(number)
    }
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds cells to a query, in order.
pub(super) fn bind_cells<'q>(
    mut query: AnyQuery<'q>,
    cells: impl IntoIterator<Item = Cell<'q>>,
) -> AnyQuery<'q> {
    for cell in cells {
        query = match cell {
            Cell::Text(text) => query.bind(text),
            Cell::Int(number) => query.bind(number),
        };
    }
    query
}

/// Inserts `rows` with `head` (`INSERT INTO table (columns)`), as few
/// statements as the parameter limits allow.
pub(super) async fn insert_rows<const N: usize>(
    conn: &mut AnyConnection,
    backend: Backend,
    head: &str,
    rows: &[[Cell<'_>; N]],
) -> Result<(), sqlx::Error> {
    let per_statement = (PARAMS_PER_STATEMENT / N.max(1)).clamp(1, ROWS_PER_STATEMENT);
    for chunk in rows.chunks(per_statement) {
        let mut params = Params::new(backend);
        let mut sql = String::with_capacity(head.len() + chunk.len() * N * 5);
        sql.push_str(head);
        sql.push_str(" VALUES ");
        for i in 0..chunk.len() {
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push('(');
            sql.push_str(&params.list(N));
            sql.push(')');
        }
        let query = bind_cells(sqlx::query(&sql), chunk.iter().flatten().copied());
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// Runs `sql(leading, in_list)` for every chunk of `keys`, binding the
/// `leading` values first and the chunk's keys after, and gathers the rows.
/// `sql` is given the placeholders of the leading values and of the list.
pub(super) async fn fetch_in<'k>(
    conn: &mut AnyConnection,
    backend: Backend,
    leading: &[Cell<'k>],
    keys: &'k [String],
    sql: impl Fn(&[String], &str) -> String,
) -> Result<Vec<AnyRow>, sqlx::Error> {
    let mut rows = Vec::new();
    for (text, cells) in in_statements(backend, leading, keys, sql) {
        rows.extend(
            bind_cells(sqlx::query(&text), cells)
                .fetch_all(&mut *conn)
                .await?,
        );
    }
    Ok(rows)
}

/// [`fetch_in`] for statements whose rows are not wanted.
pub(super) async fn execute_in<'k>(
    conn: &mut AnyConnection,
    backend: Backend,
    leading: &[Cell<'k>],
    keys: &'k [String],
    sql: impl Fn(&[String], &str) -> String,
) -> Result<(), sqlx::Error> {
    for (text, cells) in in_statements(backend, leading, keys, sql) {
        bind_cells(sqlx::query(&text), cells)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// The statements of [`fetch_in`], with what each binds.
fn in_statements<'k>(
    backend: Backend,
    leading: &[Cell<'k>],
    keys: &'k [String],
    sql: impl Fn(&[String], &str) -> String,
) -> Vec<(String, Vec<Cell<'k>>)> {
    keys.chunks(KEYS_PER_QUERY)
        .map(|chunk| {
            let mut params = Params::new(backend);
            let lead: Vec<String> = leading.iter().map(|_| params.next()).collect();
            let text = sql(&lead, &params.list(chunk.len()));
            let cells = leading
                .iter()
                .copied()
                .chain(chunk.iter().map(|k| Cell::from(k.as_str())))
                .collect();
            (text, cells)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_placeholders_are_numbered_in_order() {
        let mut params = Params::new(Backend::Postgres);
        assert_eq!(params.next(), "$1");
        assert_eq!(params.list(3), "$2, $3, $4");
    }

    #[test]
    fn sqlite_placeholders_are_anonymous() {
        let mut params = Params::new(Backend::Sqlite);
        assert_eq!(params.next(), "?");
        assert_eq!(params.list(2), "?, ?");
    }
}
