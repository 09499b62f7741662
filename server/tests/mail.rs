//! Email plumbing against a real SMTP listener on loopback: the dispatcher
//! delivers the outbox, and a refusing server leads to a scheduled retry.
mod common;

use std::sync::Arc;

use common::TestDb;
use server::{
    mail::{Dispatcher, Mailer},
    store::NewEmail,
};
use tokio::{
    io::{AsyncBufReadExt, AsyncWriteExt, BufReader},
    net::TcpListener,
    sync::mpsc,
};

/// A minimal SMTP server: accepts one session at a time and reports each
/// message's DATA. With `refuse`, it answers RCPT TO with a 550.
async fn smtp_listener(refuse: bool) -> (u16, mpsc::UnboundedReceiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let tx = tx.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut data: Option<String> = None;
                while let Ok(Some(line)) = lines.next_line().await {
                    if let Some(body) = data.as_mut() {
                        if line == "." {
                            let _ = tx.send(data.take().unwrap_or_default());
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            body.push_str(&line);
                            body.push('\n');
                        }
                        continue;
                    }
                    let verb = line
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_uppercase();
                    let answer: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "RCPT" if refuse => b"550 no such user\r\n",
                        "DATA" => {
                            data = Some(String::new());
                            b"354 go ahead\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(answer).await.unwrap();
                }
            });
        }
    });
    (port, rx)
}

/// A dispatcher over `db` that sends to the SMTP listener on `port`.
fn smtp_dispatcher(db: &TestDb, port: u16) -> Dispatcher {
    let mailer = Mailer::new(
        Some(&format!("smtp://127.0.0.1:{port}")),
        "unused".into(),
        "Switchboard <no-reply@switchboard.test>",
    )
    .unwrap();
    Dispatcher::new(db.store.clone(), Arc::new(mailer))
}

#[tokio::test]
async fn the_dispatcher_delivers_the_outbox_over_smtp() {
    let db = TestDb::sqlite().await;
    let (port, mut received) = smtp_listener(false).await;
    db.store
        .enqueue_email(&NewEmail {
            to_address: "archer@farms.example",
            subject: "Your Webex Go activation code",
            body_text: "Hello from Switchboard",
            language: "en",
        })
        .await
        .unwrap();
    let sent = smtp_dispatcher(&db, port).run_once().await.unwrap();
    assert_eq!(sent, 1);
    let message = received.recv().await.unwrap();
    assert!(
        message.contains("Subject: Your Webex Go activation code"),
        "{message}"
    );
    assert!(message.contains("To: archer@farms.example"));
    assert!(message.contains("Hello from Switchboard"));
    assert_eq!(
        db.store.outbox_counts().await.unwrap(),
        [("sent".to_owned(), 1)]
    );
    db.close().await;
}

#[tokio::test]
async fn a_refused_email_stays_in_the_outbox_for_a_later_retry() {
    let db = TestDb::sqlite().await;
    let (port, _received) = smtp_listener(true).await;
    db.store
        .enqueue_email(&NewEmail {
            to_address: "gone@farms.example",
            subject: "s",
            body_text: "b",
            language: "en",
        })
        .await
        .unwrap();
    let dispatcher = smtp_dispatcher(&db, port);
    assert_eq!(dispatcher.run_once().await.unwrap(), 0);
    assert_eq!(
        db.store.outbox_counts().await.unwrap(),
        [("pending".to_owned(), 1)]
    );
    assert_eq!(
        dispatcher.run_once().await.unwrap(),
        0,
        "not retried before its backoff"
    );
    db.close().await;
}

#[tokio::test]
async fn without_smtp_mail_is_written_as_eml_files() {
    let db = TestDb::sqlite().await;
    let dir = tempfile::tempdir().unwrap();
    db.store
        .enqueue_email(&NewEmail {
            to_address: "a@farms.example",
            subject: "Hello",
            body_text: "Body",
            language: "en",
        })
        .await
        .unwrap();
    let mailer = Mailer::new(None, dir.path().to_path_buf(), "no-reply@switchboard.test").unwrap();
    Dispatcher::new(db.store.clone(), Arc::new(mailer))
        .run_once()
        .await
        .unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(files[0].as_ref().unwrap().path()).unwrap();
    assert!(text.contains("Subject: Hello"));
    db.close().await;
}
