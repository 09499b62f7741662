//! The users-CSV checker's Web Worker (issue 4, item 2): the same `domain`
//! rules as the page and the server, off the page's thread, so checking a
//! 100,000-row file never freezes the page. Trunk builds it beside the app
//! (`index.html`) as `/switchboard-worker_loader.js`.
//!
//! Protocol: the page posts `{request: JSON, file?: File}`; the worker
//! answers with JSON replies (`app::validation::Reply`), progress first
//! while it checks. A check (`Request::Check`) is the worker's own from the
//! file to the findings (issue 4, item 11): it reads the `File` (posting a
//! `File` hands over a reference, not its bytes), fetches the org's context
//! and facts itself (same origin, with the session cookie) and sends the
//! page only what it shows.
use std::cell::RefCell;

use app::validation::{Reply, Request, Validation};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static FILE: RefCell<Option<Validation>> = const { RefCell::new(None) };
}

fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply) {
    if let Ok(json) = serde_json::to_string(reply) {
        let _ = scope.post_message(&JsValue::from_str(&json));
    }
}

/// Checks the file posted with a `Check` request and keeps it for the
/// requests that follow (a filter, a row, the error report).
async fn check(
    scope: &DedicatedWorkerGlobalScope,
    org: String,
    mode: domain::users_csv::ImportMode,
    file: Option<Blob>,
) -> Reply {
    // The read starts now, so it runs while the org's context is fetched.
    let read = file.map(|file| JsFuture::from(file.array_buffer()));
    let bytes = async move {
        let buffer = read?.await.ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    };
    let checked = Validation::check(&org, bytes, mode, |done, total| {
        post(scope, &Reply::Progress { done, total });
    })
    .await;
    match checked {
        Ok((validation, summary)) => {
            FILE.with_borrow_mut(|slot| *slot = Some(validation));
            Reply::Checked { summary }
        }
        Err(error) => Reply::Failed { error },
    }
}

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let request = js_sys::Reflect::get(&data, &"request".into())
            .ok()
            .and_then(|r| r.as_string())
            .and_then(|json| serde_json::from_str::<Request>(&json).ok());
        match request {
            None => {}
            Some(Request::Check { org, mode }) => {
                let file = js_sys::Reflect::get(&data, &"file".into())
                    .ok()
                    .and_then(|f| f.dyn_into::<Blob>().ok());
                let scope = replies.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let reply = check(&scope, org, mode, file).await;
                    post(&scope, &reply);
                });
            }
            Some(request) => {
                let reply = FILE.with_borrow_mut(|slot| Validation::answer(slot, request));
                post(&replies, &reply);
            }
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages posted before this point found no listener: the page waits
    // for this one before it asks anything.
    post(&scope, &Reply::Ready);
}
