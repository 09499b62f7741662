//! Asks before deleting something for good: a modal with Cancel and the
//! destructive button; on success the page goes where the deed says (the
//! deleted thing's page is gone), on failure the refusal shows in the dialog.
use std::future::Future;

use leptos::{prelude::*, task::spawn_local};
use leptos_router::{NavigateOptions, hooks::use_navigate};

use crate::{
    api::ApiError,
    components::{dialog::Dialog, error_notice::ErrorNotice},
    i18n::tr,
};

#[component]
pub fn ConfirmDelete<F, Fut>(
    open: RwSignal<bool>,
    /// The id of the dialog's heading.
    #[prop(into)]
    id: String,
    /// Translation keys of the question, the explanation and the button.
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
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let server_error = RwSignal::new(None::<ApiError>);
    Effect::new(move |_| {
        if open.get() {
            server_error.set(None);
        }
    });
    let run = move |_| {
        busy.set(true);
        let (navigate, action) = (navigate.clone(), action.clone());
        spawn_local(async move {
            match action().await {
                Ok(path) => navigate(&path, NavigateOptions::default()),
                Err(error) => {
                    server_error.set(Some(error));
                    busy.set(false);
                }
            }
        });
    };
    let labelled_by = id.clone();
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
                    <button type="button" class="button danger" disabled=move || busy.get() on:click=run>
                        {tr(confirm)}
                    </button>
                </div>
            </div>
        </Dialog>
    }
}
