//! The few things the SPA asks of the browser directly. Outside the browser
//! build (the server compiles the same components for type-checking only)
//! they do nothing.
use domain::Language;

const LANGUAGE_KEY: &str = "switchboard.language";
const SIGNED_IN_KEY: &str = "switchboard.signed-in";

/// `<html lang>` follows the chosen language, for screen readers and
/// hyphenation.
pub fn set_document_language(language: Language) {
    #[cfg(feature = "csr")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", language.as_str());
    }
    #[cfg(not(feature = "csr"))]
    let _ = language;
}

pub fn set_title(title: &str) {
    #[cfg(feature = "csr")]
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
    #[cfg(not(feature = "csr"))]
    let _ = title;
}

/// Moves focus to the page's `<main>` (the skip link's target).
pub fn focus_main() {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
        }
    }
}

/// Moves focus to the page's `<main>` after an in-app navigation, so a
/// screen reader announces the new page instead of staying on a link that
/// is gone. The first page of a visit keeps the browser's own focus order
/// (so the skip link is the first Tab stop).
pub fn focus_main_after_navigation() {
    #[cfg(feature = "csr")]
    {
        use std::cell::Cell;
        thread_local! {
            static PAGES_SHOWN: Cell<u32> = const { Cell::new(0) };
        }
        let shown = PAGES_SHOWN.with(|c| {
            let n = c.get();
            c.set(n + 1);
            n
        });
        if shown > 0 {
            focus_main();
        }
    }
}

/// Moves focus to the first field marked invalid, after the view has
/// rendered the marks (so a keyboard or screen-reader user lands on the
/// first problem after a refused submit).
pub fn focus_first_invalid() {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::{JsCast, closure::Closure};
        let focus = Closure::once_into_js(|| {
            let element = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector("[aria-invalid=\"true\"]").ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = element {
                let _ = element.focus();
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(focus.unchecked_ref(), 0);
        }
    }
}

/// The path the browser opened the app on (before the router runs).
pub fn opened_path() -> Option<String> {
    #[cfg(feature = "csr")]
    {
        web_sys::window().and_then(|w| w.location().pathname().ok())
    }
    #[cfg(not(feature = "csr"))]
    None
}

/// This origin's `localStorage`, if the browser allows it (it may not, in
/// private modes): what is kept there is only ever a convenience.
#[cfg(feature = "csr")]
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The language last chosen in this browser, if any.
pub fn stored_language() -> Option<Language> {
    #[cfg(feature = "csr")]
    {
        local_storage()
            .and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten())
            .and_then(|v| Language::parse(&v).ok())
    }
    #[cfg(not(feature = "csr"))]
    None
}

/// The browser's own preferred language, if it is one of ours.
pub fn browser_language() -> Option<Language> {
    #[cfg(feature = "csr")]
    {
        web_sys::window()
            .and_then(|w| w.navigator().language())
            .and_then(|v| Language::parse(&v).ok())
    }
    #[cfg(not(feature = "csr"))]
    None
}

pub fn remember_language(language: Language) {
    #[cfg(feature = "csr")]
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, language.as_str());
    }
    #[cfg(not(feature = "csr"))]
    let _ = (LANGUAGE_KEY, language);
}

/// Whether this browser was signed in when the app last knew: a hint for
/// what to ask the server before it has answered, never a permission (the
/// session cookie is HttpOnly; the server decides).
pub fn was_signed_in() -> bool {
    #[cfg(feature = "csr")]
    {
        local_storage()
            .and_then(|s| s.get_item(SIGNED_IN_KEY).ok().flatten())
            .is_some()
    }
    #[cfg(not(feature = "csr"))]
    false
}

pub fn remember_signed_in(signed_in: bool) {
    #[cfg(feature = "csr")]
    if let Some(storage) = local_storage() {
        let _ = if signed_in {
            storage.set_item(SIGNED_IN_KEY, "1")
        } else {
            storage.remove_item(SIGNED_IN_KEY)
        };
    }
    #[cfg(not(feature = "csr"))]
    let _ = (SIGNED_IN_KEY, signed_in);
}

/// Milliseconds since the epoch, from the browser's clock.
pub fn now_ms() -> i64 {
    #[cfg(feature = "csr")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(feature = "csr"))]
    {
        0
    }
}

/// The browser's IANA time zone (`Europe/Bucharest`), if it tells one: a
/// good first guess for a site that serves the people setting it up.
pub fn browser_time_zone() -> Option<String> {
    #[cfg(feature = "csr")]
    {
        let format =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new());
        js_sys::Reflect::get(&format.resolved_options(), &"timeZone".into())
            .ok()
            .and_then(|zone| zone.as_string())
    }
    #[cfg(not(feature = "csr"))]
    None
}

/// A date and time in the admin's locale conventions (the browser's Intl
/// data, so the wasm carries no locale tables).
pub fn format_timestamp(ms: i64, language: Language) -> String {
    locale_date(ms, language, true)
}

/// A date alone, in the admin's locale conventions.
pub fn format_date(ms: i64, language: Language) -> String {
    locale_date(ms, language, false)
}

fn locale_date(ms: i64, language: Language, with_time: bool) -> String {
    #[cfg(feature = "csr")]
    {
        let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
        intl::date_format(language, with_time)
            .format()
            .call1(&wasm_bindgen::JsValue::NULL, &date)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| ms.to_string())
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = (language, with_time);
        ms.to_string()
    }
}

/// A whole number in the admin's locale conventions (digit grouping: 1,000
/// in English, 1 000 in Norwegian and Russian, 1.000 in Italian).
pub fn format_number(n: i64, language: Language) -> String {
    #[cfg(feature = "csr")]
    {
        intl::number_format(language)
            .format()
            .call1(
                &wasm_bindgen::JsValue::NULL,
                &wasm_bindgen::JsValue::from_f64(n as f64),
            )
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| n.to_string())
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = language;
        n.to_string()
    }
}

/// The browser's Intl formatters, made once per language and kept: making
/// one loads the locale's data, and a list of 50 rows with a number and a
/// date each spent ~25 ms of its first render making them (issue 9.2).
#[cfg(feature = "csr")]
mod intl {
    use std::cell::RefCell;

    use domain::Language;
    use js_sys::{Array, Intl, Object, Reflect};

    thread_local! {
        static NUMBERS: RefCell<Vec<(Language, Intl::NumberFormat)>> = const { RefCell::new(Vec::new()) };
        static DATES: RefCell<Vec<((Language, bool), Intl::DateTimeFormat)>> = const { RefCell::new(Vec::new()) };
    }

    fn locales(language: Language) -> Array {
        Array::of1(&language.as_str().into())
    }

    pub fn number_format(language: Language) -> Intl::NumberFormat {
        NUMBERS.with_borrow_mut(|made| {
            cached(made, language, || {
                Intl::NumberFormat::new(&locales(language), &Object::new())
            })
        })
    }

    pub fn date_format(language: Language, with_time: bool) -> Intl::DateTimeFormat {
        DATES.with_borrow_mut(|made| {
            cached(made, (language, with_time), || {
                let options = Object::new();
                let _ = Reflect::set(&options, &"dateStyle".into(), &"medium".into());
                if with_time {
                    let _ = Reflect::set(&options, &"timeStyle".into(), &"short".into());
                }
                Intl::DateTimeFormat::new(&locales(language), &options)
            })
        })
    }

    fn cached<K: PartialEq, F: Clone>(
        made: &mut Vec<(K, F)>,
        key: K,
        make: impl FnOnce() -> F,
    ) -> F {
        if let Some((_, format)) = made.iter().find(|(k, _)| *k == key) {
            return format.clone();
        }
        let format = make();
        made.push((key, format.clone()));
        format
    }
}

/// Country names in the admin's language, from the browser's
/// `Intl.DisplayNames`; `None` where the browser has none (then callers
/// fall back to the English name `domain` carries).
pub struct CountryNames {
    #[cfg(feature = "csr")]
    names: Option<(wasm_bindgen::JsValue, js_sys::Function)>,
}

impl CountryNames {
    pub fn new(language: Language) -> Self {
        #[cfg(feature = "csr")]
        {
            Self {
                names: Self::display_names(language),
            }
        }
        #[cfg(not(feature = "csr"))]
        {
            let _ = language;
            Self {}
        }
    }

    #[cfg(feature = "csr")]
    fn display_names(language: Language) -> Option<(wasm_bindgen::JsValue, js_sys::Function)> {
        use js_sys::{Array, Function, Object, Reflect};
        use wasm_bindgen::JsCast;
        // Looked up by name: js-sys has no binding for `Intl.DisplayNames`.
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"DisplayNames".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"region".into()).ok()?;
        let arguments = Array::of2(&Array::of1(&language.as_str().into()), &options);
        let names = Reflect::construct(&constructor, &arguments).ok()?;
        let of: Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
        Some((names, of))
    }

    /// The name of the country with this ISO code.
    pub fn name(&self, country: domain::Country) -> String {
        #[cfg(feature = "csr")]
        if let Some((names, of)) = &self.names
            && let Some(name) = of
                .call1(names, &country.code().into())
                .ok()
                .and_then(|n| n.as_string())
        {
            return name;
        }
        country.english_name().to_owned()
    }
}

/// A file the admin picked, not read yet.
#[derive(Clone)]
pub struct PickedFile {
    pub name: String,
    pub size: u64,
    #[cfg(feature = "csr")]
    file: web_sys::File,
}

#[cfg(feature = "csr")]
impl PickedFile {
    /// The browser's `File`: a handle, so posting it to the checker's
    /// worker or uploading it never copies its bytes through the page.
    pub fn file(&self) -> &web_sys::File {
        &self.file
    }
}

/// The first file of a file input's `change` event.
pub fn picked_file(event: &leptos::ev::Event) -> Option<PickedFile> {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
        let file = input.files()?.get(0)?;
        Some(PickedFile {
            name: file.name(),
            size: file.size() as u64,
            file,
        })
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = event;
        None
    }
}

/// Reads a picked file's bytes; `None` when the browser cannot read it.
/// Only where no worker can check the file: the worker reads it itself.
pub async fn read_file(picked: &PickedFile) -> Option<Vec<u8>> {
    #[cfg(feature = "csr")]
    {
        let buffer = wasm_bindgen_futures::JsFuture::from(picked.file.array_buffer())
            .await
            .ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = picked;
        None
    }
}

/// A random key for one upload (`crypto.randomUUID`), so sending it twice
/// is one import.
pub fn random_key() -> String {
    #[cfg(feature = "csr")]
    {
        use js_sys::{Function, Reflect};
        use wasm_bindgen::JsCast;
        let crypto = Reflect::get(&js_sys::global(), &"crypto".into()).ok();
        let uuid = crypto.as_ref().and_then(|crypto| {
            let function: Function = Reflect::get(crypto, &"randomUUID".into())
                .ok()?
                .dyn_into()
                .ok()?;
            function.call0(crypto).ok()?.as_string()
        });
        uuid.unwrap_or_else(|| format!("{}-{}", js_sys::Date::now(), js_sys::Math::random()))
    }
    #[cfg(not(feature = "csr"))]
    String::new()
}

/// Offers text as a file download (an error report made in the browser).
pub fn download_text(file_name: &str, text: &str) {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/csv;charset=utf-8");
        let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
            return;
        };
        let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
            return;
        };
        if let Some(anchor) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        {
            anchor.set_href(&url);
            anchor.set_download(file_name);
            anchor.click();
        }
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    #[cfg(not(feature = "csr"))]
    let _ = (file_name, text);
}

/// Puts `text` on the clipboard; false when the browser refuses (no
/// permission, no secure context).
pub async fn copy_text(text: &str) -> bool {
    #[cfg(feature = "csr")]
    {
        let Some(window) = web_sys::window() else {
            return false;
        };
        let promise = window.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
    }
    #[cfg(not(feature = "csr"))]
    {
        let _ = text;
        false
    }
}
