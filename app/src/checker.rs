//! The page's side of the users-CSV checker: requests go to the Web Worker
//! (`src/worker.rs`) one at a time and come back as [`Reply`]s, with
//! progress on the way. Where no worker can start (or it fails), the same
//! [`Validation`] answers on the page itself.
//!
//! A check posts the worker the picked `File` itself: the page's thread
//! never reads, copies or clones the file's bytes (issue 4, item 11).
use std::{cell::RefCell, rc::Rc};

use domain::users_csv::ImportMode;

use crate::{
    platform::{self, PickedFile},
    validation::{Reply, Request, Validation},
};

/// Trunk's loader shim of the worker (`index.html`): trunk does not hash
/// worker files, so the name is stable (and the server revalidates it).
pub const WORKER_URL: &str = "/switchboard-worker_loader.js";

pub struct Checker {
    local: RefCell<Option<Validation>>,
    progress: Rc<dyn Fn(u32, u32)>,
    #[cfg(feature = "csr")]
    worker: RefCell<Option<WorkerLink>>,
}

#[cfg(feature = "csr")]
struct WorkerLink {
    worker: web_sys::Worker,
    /// Settles when the worker has started (with `null` if it failed).
    ready: js_sys::Promise,
    /// Resolves the request in flight with the reply's JSON (or `null`
    /// when the worker failed).
    pending: Rc<RefCell<Option<js_sys::Function>>>,
    _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>,
}

impl Checker {
    /// A checker whose progress reports go to `progress(done, total)`.
    pub fn start(progress: impl Fn(u32, u32) + 'static) -> Self {
        let progress: Rc<dyn Fn(u32, u32)> = Rc::new(progress);
        Self {
            local: RefCell::new(None),
            #[cfg(feature = "csr")]
            worker: RefCell::new(WorkerLink::spawn(progress.clone())),
            progress,
        }
    }

    /// Checks a new file of org `org` ([`Validation::check`]): answers
    /// [`Reply::Checked`] or [`Reply::Failed`].
    pub async fn check(&self, org: &str, file: &PickedFile, mode: ImportMode) -> Reply {
        #[cfg(feature = "csr")]
        {
            let request = Request::Check {
                org: org.to_owned(),
                mode,
            };
            if let Some(reply) = self.ask_worker(&request, Some(file.file())).await {
                return reply;
            }
        }
        // On the page itself: its thread reads the file.
        let progress = self.progress.clone();
        let checked =
            Validation::check(org, platform::read_file(file), mode, move |done, total| {
                progress(done, total)
            })
            .await;
        match checked {
            Ok((validation, summary)) => {
                *self.local.borrow_mut() = Some(validation);
                Reply::Checked { summary }
            }
            Err(error) => Reply::Failed { error },
        }
    }

    /// Asks one question about the file checked.
    pub async fn ask(&self, request: Request) -> Reply {
        #[cfg(feature = "csr")]
        if let Some(reply) = self.ask_worker(&request, None).await {
            return reply;
        }
        Validation::answer(&mut self.local.borrow_mut(), request)
    }

    /// The worker's reply; `None` when there is no worker (any more).
    #[cfg(feature = "csr")]
    async fn ask_worker(&self, request: &Request, file: Option<&web_sys::File>) -> Option<Reply> {
        let (worker, ready, pending) = self.worker.borrow().as_ref().map(WorkerLink::handle)?;
        let reply = WorkerLink::ask(&worker, &ready, &pending, request, file).await;
        if reply.is_none() {
            // The worker failed: answer here from now on.
            self.worker.borrow_mut().take();
        }
        reply
    }
}

#[cfg(feature = "csr")]
impl WorkerLink {
    fn spawn(progress: Rc<dyn Fn(u32, u32)>) -> Option<Self> {
        use wasm_bindgen::{JsCast, JsValue, closure::Closure};
        let worker = web_sys::Worker::new(WORKER_URL).ok()?;
        let pending: Rc<RefCell<Option<js_sys::Function>>> = Rc::default();
        // The first reply (`Ready`, or `null` on a failure) settles this.
        let ready = js_sys::Promise::new(&mut |resolve, _reject| {
            *pending.borrow_mut() = Some(resolve);
        });
        let resolve = {
            let pending = pending.clone();
            move |value: &JsValue| {
                if let Some(resolve) = pending.borrow_mut().take() {
                    let _ = resolve.call1(&JsValue::NULL, value);
                }
            }
        };
        let on_message = {
            let resolve = resolve.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                let progress_report = data
                    .as_string()
                    .and_then(|json| serde_json::from_str::<Reply>(&json).ok());
                match progress_report {
                    Some(Reply::Progress { done, total }) => progress(done, total),
                    _ => resolve(&data),
                }
            })
        };
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| resolve(&JsValue::NULL));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Self {
            worker,
            ready,
            pending,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    #[allow(clippy::type_complexity)]
    fn handle(
        &self,
    ) -> (
        web_sys::Worker,
        js_sys::Promise,
        Rc<RefCell<Option<js_sys::Function>>>,
    ) {
        (
            self.worker.clone(),
            self.ready.clone(),
            self.pending.clone(),
        )
    }

    /// `None` when the worker cannot answer.
    async fn ask(
        worker: &web_sys::Worker,
        ready: &js_sys::Promise,
        pending: &Rc<RefCell<Option<js_sys::Function>>>,
        request: &Request,
        file: Option<&web_sys::File>,
    ) -> Option<Reply> {
        use js_sys::{Object, Promise, Reflect};
        let started = wasm_bindgen_futures::JsFuture::from(ready.clone())
            .await
            .ok()?;
        if started.is_null() {
            return None;
        }
        let message = Object::new();
        let json = serde_json::to_string(request).ok()?;
        Reflect::set(&message, &"request".into(), &json.into()).ok()?;
        if let Some(file) = file {
            // Structured-cloned as a reference to the file, not its bytes.
            Reflect::set(&message, &"file".into(), file).ok()?;
        }
        let promise = Promise::new(&mut |resolve, _reject| {
            *pending.borrow_mut() = Some(resolve);
        });
        worker.post_message(&message).ok()?;
        let reply = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
        serde_json::from_str(&reply.as_string()?).ok()
    }
}

#[cfg(feature = "csr")]
impl Drop for Checker {
    fn drop(&mut self) {
        if let Some(link) = self.worker.borrow_mut().take() {
            link.worker.terminate();
        }
    }
}
