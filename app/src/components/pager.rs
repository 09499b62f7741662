//! Keyset paging: the server hands out a cursor for the next page; going
//! back needs the cursors of the pages before, kept here as a stack.
use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    platform,
};

/// `cursors[i]` starts page i; the last one is the page shown.
#[derive(Clone, Copy)]
pub struct Cursors(RwSignal<Vec<Option<String>>>);

impl Cursors {
    pub fn new() -> Self {
        Cursors(RwSignal::new(vec![None]))
    }

    /// The cursor of the page shown (`None` on the first page). Tracked.
    pub fn current(self) -> Option<String> {
        self.0.with(|c| c.last().cloned().flatten())
    }

    /// The page shown, from 1.
    pub fn page(self) -> usize {
        self.0.with(Vec::len)
    }

    /// Back to the first page (when the query changes).
    pub fn reset(self) {
        self.0.set(vec![None]);
    }
}

impl Default for Cursors {
    fn default() -> Self {
        Self::new()
    }
}

/// Previous and next buttons for one page of results.
#[component]
pub fn Pager(
    cursors: Cursors,
    /// The server's cursor for the page after this one, if any.
    next: Option<String>,
    /// The navigation landmark's name ("Pages of users").
    label: &'static str,
) -> impl IntoView {
    view! {
        <nav class="pager" aria-label=tr(label)>
            <button
                type="button"
                class="button secondary"
                disabled=cursors.page() <= 1
                on:click=move |_| cursors.0.update(|c| { c.pop(); })
            >
                {tr("pager-previous")}
            </button>
            <button
                type="button"
                class="button secondary"
                disabled=next.is_none()
                on:click=move |_| {
                    let next = next.clone();
                    cursors.0.update(|c| c.push(next));
                }
            >
                {tr("pager-next")}
            </button>
        </nav>
    }
}

/// "N in all, page P": the live line above a paged list, so a screen
/// reader hears what a search or a page turn found.
#[component]
pub fn PageCount(
    /// The message key, with `$total` and `$page`.
    key: &'static str,
    total: u64,
    page: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="count" role="status">
            {move || {
                i18n.t_args(
                    key,
                    &[
                        ("total", platform::format_number(total as i64, i18n.language.get())),
                        ("page", page.to_string()),
                    ],
                )
            }}
        </p>
    }
}
