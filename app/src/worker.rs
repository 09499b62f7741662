//! The users-CSV checker's Web Worker (issue 4, item 2): the same `domain`
//! rules as the page and the server, off the page's thread, so checking a
//! 100,000-row file never freezes the page. Trunk builds it beside the app
//! (`index.html`) as `/switchboard-worker_loader.js`.
//!
//! Protocol: the page posts `{request: JSON, bytes?: Uint8Array}`; the
//! worker answers with JSON replies (`app::validation::Reply`), progress
//! first while it reads.
use std::cell::RefCell;

use app::validation::{Reply, Request, Validation};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static FILE: RefCell<Option<Validation>> = const { RefCell::new(None) };
}

fn post(scope: &DedicatedWorkerGlobalScope, reply: &Reply) {
    if let Ok(json) = serde_json::to_string(reply) {
        let _ = scope.post_message(&JsValue::from_str(&json));
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
        let Some(request) = request else {
            return;
        };
        let bytes = js_sys::Reflect::get(&data, &"bytes".into())
            .ok()
            .filter(|b| !b.is_undefined())
            .map(|b| js_sys::Uint8Array::new(&b).to_vec());
        let reply = FILE.with_borrow_mut(|slot| {
            Validation::answer(slot, request, bytes, |done, total| {
                post(&replies, &Reply::Progress { done, total });
            })
        });
        post(&replies, &reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages posted before this point found no listener: the page waits
    // for this one before it asks anything.
    post(&scope, &Reply::Ready);
}
