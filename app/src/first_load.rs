//! The data of the page the browser opened on, asked for alongside the
//! session check rather than after it: the partner's landing page, the
//! customers list, then shows one round trip sooner (issue 9.2). Only a
//! browser that was signed in when the app last knew asks early, so a
//! signed-out visit is not refused for nothing. An early answer is only
//! ever shown to the session it was asked with: it is dropped as soon as
//! the app knows of no session (none at start, signed out, expired), so a
//! later sign-in asks afresh.
use futures_channel::oneshot;
use leptos::{prelude::*, task::spawn_local};

use crate::{
    api::{self, ApiError, CustomerQuery, CustomerRow},
    platform,
    session::Auth,
};

type Customers = Result<Vec<CustomerRow>, ApiError>;

/// Calls started at start-up, each taken once by the page it is for.
/// Their answers come through a channel rather than a resource: a page
/// resource that awaited another resource would run again when that one
/// settles, and ask the server a second time.
#[derive(Clone, Copy)]
pub struct FirstLoad {
    customers: StoredValue<Option<oneshot::Receiver<Customers>>>,
}

impl FirstLoad {
    /// Starts the calls the opened address will need; call once, at start,
    /// when the session check has started.
    pub fn start(auth: Auth) {
        let opened_on_customers = platform::opened_path().as_deref() == Some(CUSTOMERS_PATH);
        let customers = (opened_on_customers && platform::was_signed_in()).then(|| {
            let (answer, receiver) = oneshot::channel();
            spawn_local(async move {
                // The page may have been left already: nobody to tell.
                let _ = answer.send(api::list_customers(CustomerQuery::default()).await);
            });
            receiver
        });
        let first = FirstLoad {
            customers: StoredValue::new(customers),
        };
        Effect::new(move |_| {
            if !auth.checked.get() {
                return;
            }
            let signed_in = auth.session.with(Option::is_some);
            platform::remember_signed_in(signed_in);
            if !signed_in {
                first.customers.set_value(None);
            }
        });
        provide_context(first);
    }

    /// The unfiltered customers list asked for at start, if it was and no
    /// page has taken it yet (a later visit asks afresh).
    pub fn take_customers() -> Option<oneshot::Receiver<Customers>> {
        use_context::<FirstLoad>()
            .and_then(|first| first.customers.try_update_value(Option::take))
            .flatten()
    }
}

const CUSTOMERS_PATH: &str = "/partner/customers";
