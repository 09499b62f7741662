//! Asks before an action that cannot be taken back: a modal with Cancel and
//! the action's button. The action runs on the server; on success the
//! dialog closes, on failure the refusal shows in the dialog, so the admin
//! reads it where they acted.
use std::future::Future;

use leptos::{prelude::*, task::spawn_local};
use leptos_router::{NavigateOptions, hooks::use_navigate};

use crate::{
    api::ApiError,
    components::{dialog::Dialog, error_notice::ErrorNotice},
    i18n::tr,
};

#[component]
pub fn Confirm<F, Fut>(
    open: RwSignal<bool>,
    /// The id of the dialog's heading.
    #[prop(into)]
    id: String,
    /// Translation keys of the question, the explanation and the button.
    title: &'static str,
    body: &'static str,
    confirm: &'static str,
    /// A destructive action's button is red.
    #[prop(optional)]
    danger: bool,
    /// Runs the action, and whatever the page does with its answer.
    action: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(), ApiError>> + 'static,
{
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| {
        if open.get() {
            server_error.set(None);
        }
    });
    let run = move |_| {
        busy.set(true);
        let action = action.clone();
        spawn_local(async move {
            match action().await {
                Ok(()) => open.set(false),
                Err(error) => server_error.set(Some(error)),
            }
            busy.set(false);
        });
    };
    let labelled_by = id.clone();
    let button_class = if danger {
        "button danger"
    } else {
        "button primary"
    };
    view! {
        <Dialog open labelled_by>
            <div class="dialog-form">
                <h2 id=id>{tr(title)}</h2>
                <p>{tr(body)}</p>
                {move || server_error.get().map(|error| view! { <ErrorNotice error /> })}
                <div class="dialog-actions wrap">
                    <button type="button" class="button secondary" on:click=move |_| open.set(false)>
                        {tr("cancel")}
                    </button>
                    <button type="button" class=button_class disabled=move || busy.get() on:click=run>
                        {tr(confirm)}
                    </button>
                </div>
            </div>
        </Dialog>
    }
}

/// Deletes something for good, after asking; then the page goes where the
/// action says (the deleted thing's page is gone).
#[component]
pub fn ConfirmDelete<F, Fut>(
    open: RwSignal<bool>,
    #[prop(into)] id: String,
    title: &'static str,
    body: &'static str,
    confirm: &'static str,
    /// Deletes; answers the path to go to afterwards.
    action: F,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<String, ApiError>> + 'static,
{
    // The router's navigate function is not `Send`; the dialog's action is.
    let navigate = StoredValue::new_local(use_navigate());
    let action = move || {
        let deleted = action();
        async move {
            let path = deleted.await?;
            navigate.with_value(|navigate| navigate(&path, NavigateOptions::default()));
            Ok(())
        }
    };
    view! { <Confirm open id title body confirm danger=true action /> }
}
