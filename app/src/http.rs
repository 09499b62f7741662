//! Plain HTTP to the REST endpoints the server functions cannot carry: a
//! users CSV of up to 50 MB and the org facts about it. The session cookie
//! goes along (same origin), errors come back as [`ApiError`]. Outside the
//! browser build these answer `internal`: the server never calls them.
use serde::{Serialize, de::DeserializeOwned};

use crate::api::ApiError;

#[cfg(feature = "csr")]
async fn reply<T: DeserializeOwned>(
    sent: Result<gloo_net::http::Response, gloo_net::Error>,
) -> Result<T, ApiError> {
    let response = sent.map_err(|_| ApiError::new(domain::Code::Internal, "network error"))?;
    if response.ok() {
        return response.json::<T>().await.map_err(|_| ApiError::internal());
    }
    Err(response
        .json::<ApiError>()
        .await
        .unwrap_or_else(|_| match response.status() {
            413 => ApiError::new(domain::Code::FileTooLarge, "the file is too large"),
            _ => ApiError::internal(),
        }))
}

pub async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    #[cfg(feature = "csr")]
    {
        reply(gloo_net::http::Request::get(url).send().await).await
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = url;
        Err(ApiError::internal())
    }
}

pub async fn post_json<B: Serialize, T: DeserializeOwned>(
    url: &str,
    body: &B,
) -> Result<T, ApiError> {
    #[cfg(feature = "csr")]
    {
        let request = gloo_net::http::Request::post(url)
            .json(body)
            .map_err(|_| ApiError::internal())?;
        reply(request.send().await).await
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = (url, body);
        Err(ApiError::internal())
    }
}

/// POSTs a picked file as it is, with extra headers: the browser streams
/// it from disk, so the page's thread never copies its bytes.
pub async fn post_file<T: DeserializeOwned>(
    url: &str,
    content_type: &str,
    headers: &[(&str, &str)],
    file: &crate::platform::PickedFile,
) -> Result<T, ApiError> {
    #[cfg(feature = "csr")]
    {
        let mut builder = gloo_net::http::Request::post(url).header("Content-Type", content_type);
        for (name, value) in headers {
            builder = builder.header(name, value);
        }
        let request = builder
            .body(file.file().clone())
            .map_err(|_| ApiError::internal())?;
        reply(request.send().await).await
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = (url, content_type, headers, file);
        Err(ApiError::internal())
    }
}
