//! Delivers the outbox: claims due emails with a lease, sends them, and
//! retries failures with exponential backoff. Several processes may run it
//! against one database; a claim whose process died expires with its lease.
use std::{sync::Arc, time::Duration};

use super::Mailer;
use crate::{
    metrics::{EmailOutcome, registry},
    shutdown::Stop,
    store::{Store, StoreResult, now_ms},
};

/// How long a claim holds: longer than any one SMTP exchange.
const LEASE_MS: i64 = 5 * 60_000;
const BATCH: i64 = 20;
/// Attempts before an email is marked `failed`.
pub const MAX_ATTEMPTS: i64 = 8;

/// 30 s, 1 min, 2 min, … capped at one hour.
pub fn retry_delay_ms(attempts_so_far: i64) -> i64 {
    let exponent = attempts_so_far.clamp(0, 7) as u32;
    (30_000_i64 * 2_i64.pow(exponent)).min(3_600_000)
}

pub struct Dispatcher {
    store: Store,
    mailer: Arc<Mailer>,
    worker: String,
}

impl Dispatcher {
    pub fn new(store: Store, mailer: Arc<Mailer>) -> Self {
        Dispatcher {
            store,
            mailer,
            worker: format!("{}-{}", std::process::id(), crate::store::new_id()),
        }
    }

    /// Claims and sends one batch; returns how many were sent.
    pub async fn run_once(&self) -> StoreResult<usize> {
        let batch = self
            .store
            .claim_emails(&self.worker, LEASE_MS, BATCH)
            .await?;
        let mut sent = 0;
        for email in batch {
            match self.mailer.send(&email).await {
                Ok(()) => {
                    registry().record_email(EmailOutcome::Sent);
                    self.store.mark_email_sent(&email.id, &self.worker).await?;
                    tracing::info!(email = %email.id, "email sent");
                    sent += 1;
                }
                Err(error) => {
                    registry().record_email(EmailOutcome::Failed);
                    let attempts = email.attempts + 1;
                    let retry_at = (attempts < MAX_ATTEMPTS)
                        .then(|| now_ms() + retry_delay_ms(email.attempts));
                    tracing::warn!(email = %email.id, attempts, %error, "email not sent");
                    self.store
                        .mark_email_failed(&email.id, &self.worker, &error.to_string(), retry_at)
                        .await?;
                }
            }
        }
        Ok(sent)
    }

    /// Runs until `stop`: then the batch in hand is finished (or, where
    /// the stop came mid-batch, what is left of it handed back).
    pub async fn run(self, every: Duration, stop: Stop) {
        tracing::info!(transport = %self.mailer.describe(), "email dispatcher started");
        while !stop.requested() {
            if let Err(error) = self.run_once().await {
                tracing::error!(%error, "email dispatch failed");
            }
            stop.sleep(every).await;
        }
        if let Err(error) = self.store.hand_back_emails(&self.worker).await {
            tracing::warn!(%error, "could not hand back claimed emails");
        }
        tracing::info!("email dispatcher stopped");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_exponentially_up_to_an_hour() {
        assert_eq!(retry_delay_ms(0), 30_000);
        assert_eq!(retry_delay_ms(1), 60_000);
        assert_eq!(retry_delay_ms(20), 3_600_000);
    }
}
