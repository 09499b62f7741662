//! Email delivery: the outbox dispatcher and its transports. Mail is
//! written to the outbox in the same place as the change that causes it;
//! this module only delivers.
mod dispatcher;

pub use dispatcher::{Dispatcher, retry_delay_ms};

use std::path::PathBuf;

use lettre::{
    AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Mailbox, header::ContentType},
};

use crate::store::OutboxEmail;

pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// One `.eml` file per message: for development and demos, where no
    /// mail server is set up.
    Files(PathBuf),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    /// SMTP when `smtp_url` is set (`smtp://host:port`, `smtps://…`, with
    /// optional `user:pass@`), else `.eml` files in `mail_dir`.
    pub fn new(smtp_url: Option<&str>, mail_dir: PathBuf, from: &str) -> anyhow::Result<Mailer> {
        let transport = match smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("invalid SMTP_URL: {e}"))?
                    .build(),
            ),
            None => Transport::Files(mail_dir),
        };
        let from = from
            .parse()
            .map_err(|e| anyhow::anyhow!("invalid mail sender {from:?}: {e}"))?;
        Ok(Mailer { transport, from })
    }

    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "smtp".into(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        }
    }

    pub async fn send(&self, email: &OutboxEmail) -> anyhow::Result<()> {
        let message = Message::builder()
            .from(self.from.clone())
            .to(email.to_address.parse()?)
            .subject(email.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(email.body_text.clone())?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                smtp.send(message).await?;
            }
            Transport::Files(dir) => {
                tokio::fs::create_dir_all(dir).await?;
                let path = dir.join(format!("{}.eml", email.id));
                tokio::fs::write(path, message.formatted()).await?;
            }
        }
        Ok(())
    }
}
