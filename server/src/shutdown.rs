//! Stopping on SIGTERM (issue 11.2). One signal reaches every part of the
//! process: the HTTP server stops accepting and finishes the requests it
//! has; the job runners finish the step they are in (a batch of an
//! import, one row, one email batch), hand their job back so another
//! replica takes it at once rather than after its lease, and return.
use std::time::Duration;

use tokio::sync::watch;

/// Sends the stop to every [`Stop`] made from it.
pub struct Stopper(watch::Sender<bool>);

/// A worker's view of the stop.
#[derive(Clone)]
pub struct Stop(watch::Receiver<bool>);

/// A new stop and its sender.
pub fn channel() -> (Stopper, Stop) {
    let (sender, receiver) = watch::channel(false);
    (Stopper(sender), Stop(receiver))
}

impl Stopper {
    pub fn stop(&self) {
        self.0.send_replace(true);
    }
}

impl Stop {
    /// A stop that never comes (tests, and runners driven by hand).
    pub fn never() -> Stop {
        let (sender, receiver) = watch::channel(false);
        // The receiver keeps the last value when the sender is gone.
        drop(sender);
        Stop(receiver)
    }

    pub fn requested(&self) -> bool {
        *self.0.borrow()
    }

    /// Resolves once the stop is requested (never, for [`Stop::never`]).
    pub async fn requested_now(mut self) {
        if self.0.wait_for(|stop| *stop).await.is_err() {
            std::future::pending::<()>().await;
        }
    }

    /// Sleeps for `duration`, or less when the stop comes first.
    pub async fn sleep(&self, duration: Duration) {
        tokio::select! {
            () = tokio::time::sleep(duration) => {}
            () = self.clone().requested_now() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_sleeping_worker_wakes_when_the_stop_comes() {
        let (stopper, stop) = channel();
        let sleeper = tokio::spawn({
            let stop = stop.clone();
            async move { stop.sleep(Duration::from_secs(3600)).await }
        });
        stopper.stop();
        tokio::time::timeout(Duration::from_secs(5), sleeper)
            .await
            .expect("woke up")
            .unwrap();
        assert!(stop.requested());
    }

    #[tokio::test]
    async fn a_stop_that_never_comes_is_never_requested() {
        let stop = Stop::never();
        assert!(!stop.requested());
        let waited = tokio::time::timeout(Duration::from_millis(50), stop.requested_now()).await;
        assert!(waited.is_err());
    }
}
