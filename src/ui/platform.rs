//! Everything that touches the browser, called only from effects, callbacks and start-up (never during render,
//! so components also render natively for tests).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

use crate::locale::Locale;
use crate::locale_files::{self, LocalePart};
use crate::route::{self, Route};
use crate::session;
use crate::storage::{Discarded, SaveProblem, Saved, Theme, STORAGE_KEY};
use acr_vocab::InputName;

/// `navigator.languages`, most preferred first (empty when unavailable).
pub fn preferred_languages() -> Vec<String> {
    gloo::utils::window().navigator().languages().iter().filter_map(|value| value.as_string()).collect()
}

/// Rewrites legacy anchors (`#configure-vnet-access`) and locale-less hashes, and adds remembered inputs the
/// address does not set, before the app first reads the address.
pub fn canonicalize_location(fallback: Locale, remembered: &[(InputName, String)]) {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    if let Some(target) = session::startup_hash(&hash, fallback, remembered) {
        // Failure leaves the old address, which the shell still shows.
        let _ = gloo::utils::history().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// The address's hash (`#/en/…`), made readable first: a hash typed or pasted into the address bar that the
/// routes cannot read (see [`route::canonical_hash`]; `#////`, `#/\`) is replaced in place by its canonical form.
pub fn location_hash() -> String {
    let hash = gloo::utils::window().location().hash().unwrap_or_default();
    let shown = gloo::utils::document_element().get_attribute("lang").and_then(|code| Locale::parse(&code));
    let Some(target) = route::canonical_hash(&hash, shown.unwrap_or(Locale::En)) else { return hash };
    // Failure leaves the old address, which then shows the not-found page.
    let _ = gloo::utils::history().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    target
}

/// The event [`navigate`] dispatches once it has changed the address.
const NAVIGATED: &str = "acr-net-guide-navigated";

/// Calls `changed` with the new [`location_hash`] after every change of the hash (Back, Forward, a typed address,
/// [`navigate`]), until the returned listeners are dropped.
pub fn on_hash_change(changed: Callback<String>) -> [gloo::events::EventListener; 2] {
    let window = gloo::utils::window();
    let listen = |name: &'static str, changed: Callback<String>| {
        gloo::events::EventListener::new(&window, name, move |_| changed.emit(location_hash()))
    };
    [listen("hashchange", changed.clone()), listen(NAVIGATED, changed)]
}

/// Sets `<html lang>` and the document title.
pub fn set_document_language(locale: Locale, title: &str) {
    let document = gloo::utils::document();
    let _ = gloo::utils::document_element().set_attribute("lang", locale.as_str());
    document.set_title(title);
}

/// Shows the chosen colour scheme (`data-theme` on `<html>`; absent = follow the system).
pub fn apply_theme(theme: Theme) {
    let root = gloo::utils::document_element();
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        theme => root.set_attribute("data-theme", theme.as_str()),
    };
}

fn local_storage() -> Option<web_sys::Storage> {
    // Throws when storage is disabled (some file:// and privacy settings): then nothing is remembered.
    gloo::utils::window().local_storage().ok().flatten()
}

thread_local! {
    /// What this tab last asked to remember (at first, the record it loaded): a field this tab changes differs
    /// from it, a field another tab changed differs in the stored record (see `Saved::merge`). `None` while a
    /// newer version's record is there (it is left alone) or storage is off.
    static LAST_WISH: std::cell::RefCell<Option<Saved>> = const { std::cell::RefCell::new(None) };
}

/// The stored record: its values, and why some or all of it was not restored.
fn read_record(storage: &web_sys::Storage) -> (Saved, Option<Discarded>) {
    match storage.get_item(STORAGE_KEY) {
        Ok(Some(text)) => Saved::decode(&text),
        Ok(None) => (Saved::default(), None),
        // Readable storage that fails to read is as good as an unreadable record.
        Err(_) => (Saved::default(), Some(Discarded::Unreadable)),
    }
}

/// The remembered record, and why stored values were not restored. A record that cannot be used at all is
/// removed, except a newer version's, which is left for that version.
pub fn load_saved() -> (Saved, Option<Discarded>) {
    let Some(storage) = local_storage() else { return (Saved::default(), None) };
    let (saved, discarded) = read_record(&storage);
    match discarded {
        Some(discarded) if discarded.keeps_record() => return (saved, Some(discarded)),
        Some(Discarded::PartlyUnreadable) => {
            let _ = storage.set_item(STORAGE_KEY, &saved.encode());
        }
        Some(_) => {
            let _ = storage.remove_item(STORAGE_KEY);
        }
        None => {}
    }
    LAST_WISH.with(|wish| *wish.borrow_mut() = Some(saved.clone()));
    (saved, discarded)
}

/// Remembers `saved`, merged with what other tabs changed since this tab last saved, and says what
/// the user should know: the browser refused (storage full or turned off), or both tabs changed a field.
pub fn save(saved: &Saved) -> Option<SaveProblem> {
    let Some(storage) = local_storage() else { return Some(SaveProblem::NotSaved) };
    let base = LAST_WISH.with(|wish| wish.borrow().clone())?;
    let (stored, discarded) = read_record(&storage);
    if discarded.is_some_and(Discarded::keeps_record) {
        return None;
    }
    let (merged, conflict) = Saved::merge(&base, &stored, saved);
    if (merged != stored || discarded.is_some()) && storage.set_item(STORAGE_KEY, &merged.encode()).is_err() {
        return Some(SaveProblem::NotSaved);
    }
    LAST_WISH.with(|wish| *wish.borrow_mut() = Some(saved.clone()));
    conflict.then_some(SaveProblem::ChangedInOtherTab)
}

/// Moves keyboard and screen-reader focus to the page's heading after a navigation.
pub fn focus_heading() {
    focus("main h1");
}

/// Moves focus to the main content (the skip link: `#main` would be read as an address).
pub fn focus_main() {
    focus("main");
}

fn focus(selector: &str) {
    let element = gloo::utils::document().query_selector(selector).ok().flatten();
    if let Some(element) = element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// The full address of the current view (it alone reproduces the view).
pub fn current_url() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// Copies `text` to the clipboard and reports whether it worked. Uses the async Clipboard API where the page
/// may (secure contexts), else a temporary text area and `execCommand("copy")` (older browsers, some `file://`).
pub fn copy_text(text: String, done: Callback<bool>) {
    let navigator = gloo::utils::window().navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|value| !value.is_undefined());
    if !has_clipboard {
        done.emit(copy_with_text_area(&text));
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    spawn_local(async move {
        let copied = JsFuture::from(promise).await.is_ok() || copy_with_text_area(&text);
        done.emit(copied);
    });
}

fn copy_with_text_area(text: &str) -> bool {
    let document = gloo::utils::document();
    let Some(body) = document.body() else { return false };
    let Some(area) =
        document.create_element("textarea").ok().and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    // Out of sight by a class: the page's policy blocks `style` attributes.
    area.set_class_name("copy-buffer");
    let _ = body.append_child(&area);
    area.select();
    let copied =
        document.dyn_ref::<web_sys::HtmlDocument>().and_then(|html| html.exec_command("copy").ok()).unwrap_or(false);
    area.remove();
    copied
}

/// Offers `text` as a file download (works from `file://` too: the data never leaves the page).
/// `bom` prefixes UTF-8's byte order mark, which Windows PowerShell 5.1 needs to read non-ASCII text.
pub fn download(name: &str, text: &str, bom: bool) {
    let content = if bom { format!("\u{FEFF}{text}") } else { text.to_string() };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Some(link) =
        document.create_element("a").ok().and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        let _ = link.set_attribute("hidden", "");
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    // Revoked later: some browsers read the blob only after the click handler returns.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
}

/// Whether this page is the single offline file (marked by scripts/postbuild.mjs) or was opened from disk.
pub fn is_offline_file() -> bool {
    gloo::utils::document_element().get_attribute("data-variant").as_deref() == Some("offline")
        || gloo::utils::window().location().protocol().is_ok_and(|protocol| protocol == "file:")
}

fn has_service_workers() -> bool {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false)
}

/// Registers the hosted build's service worker (never for the offline file, nor for the development server's
/// debug build, which has no `sw.js`); `on_update` fires once a new version is installed and waiting.
pub fn register_service_worker(on_update: Callback<()>) {
    if cfg!(debug_assertions) || is_offline_file() || !has_service_workers() {
        return;
    }
    let container = gloo::utils::window().navigator().service_worker();
    let promise = container.register("./sw.js");
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else { return };
        // Some embedders (automation with service workers blocked) resolve to nothing instead of failing.
        if !registration.is_object() {
            return;
        }
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        let controlled = || gloo::utils::window().navigator().service_worker().controller().is_some();
        if registration.waiting().is_some() && controlled() {
            on_update.emit(());
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = watched.installing() else { return };
            let on_update = on_update.clone();
            let installing = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if installing.state() == web_sys::ServiceWorkerState::Installed && controlled() {
                    on_update.emit(());
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Lets the waiting service worker take over, then reloads into the new version.
pub fn apply_update() {
    let container = gloo::utils::window().navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(|| {
        let _ = gloo::utils::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    let promise = container.get_registration();
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else { return };
        if registration.is_undefined() {
            return;
        }
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            let _ = waiting.post_message(&"skip-waiting".into());
        }
    });
}

/// Goes to `route`, adding a history entry or replacing the current one, and tells [`on_hash_change`] at once: the
/// app shows the new address before the next key press is handled (a `hashchange` would come a task later, and
/// typing faster than that would edit a stale address). Only the hash changes, so the document never reloads.
pub fn navigate(route: &Route, replace: bool) {
    let history = gloo::utils::history();
    let href = route.href();
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if replace {
        history.replace_state_with_url(&state, "", Some(&href))
    } else {
        history.push_state_with_url(&state, "", Some(&href))
    };
    if let Ok(event) = web_sys::Event::new(NAVIGATED) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// Fetches `locale`'s `part` (see [`crate::locale_files`]) and hands over its text. The single offline file
/// carries every locale inline (`<script type="text/plain" id="<part>-<locale>">`); the hosted build fetches
/// the content-hashed file next to the page (the service worker serves it offline).
pub fn fetch_locale_file(part: LocalePart, locale: Locale, done: Callback<Result<String, String>>) {
    let inline = format!("{}-{locale}", part.prefix());
    let name = locale_files::file_name(part, locale);
    spawn_local(async move { done.emit(fetch_text(&inline, &name).await) });
}

/// Fetches the diagnosis rules file (see [`crate::diagnosis_rules`]), inline in the single offline file as
/// `<script type="text/plain" id="rules">`, and hands over its text.
pub fn fetch_rules_file(done: Callback<Result<String, String>>) {
    spawn_local(async move { done.emit(fetch_text("rules", crate::diagnosis_rules::RULES_FILE).await) });
}

/// The text of the element with id `inline` when the page carries one, else of the file `name` next to the page.
async fn fetch_text(inline: &str, name: &str) -> Result<String, String> {
    let inline = gloo::utils::document().get_element_by_id(inline);
    if let Some(text) = inline.and_then(|element| element.text_content()) {
        return Ok(text);
    }
    let failed = |error: wasm_bindgen::JsValue| error.as_string().unwrap_or_else(|| format!("{error:?}"));
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(name)).await.map_err(failed)?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// The hidden element the page's first paint (static/first-paint/boot.js) makes for the app, after its own.
const APP_ROOT: &str = "app-root";

/// Where the app renders: `<body>`, or, behind a first paint, the hidden element it made for the app, where the app
/// renders unseen until [`reveal_app`].
pub fn app_root() -> web_sys::Element {
    gloo::utils::document().get_element_by_id(APP_ROOT).unwrap_or_else(|| gloo::utils::body().into())
}

/// Shows the app: the first paint, seeing its element unhidden, steps aside in the same frame (no-op without one).
pub fn reveal_app() {
    if let Some(root) = gloo::utils::document().get_element_by_id(APP_ROOT) {
        let _ = root.remove_attribute("hidden");
    }
}

/// Today's date in UTC, `YYYY-MM-DD` (the CLI's report uses UTC too).
pub fn today() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.get(..10).unwrap_or_default().to_string()
}

/// The guide's own address without the hash (nor the embed switch): what every link to a step starts with.
pub fn page_base() -> String {
    let href = current_url();
    let base = href.split('#').next().unwrap_or_default();
    base.replace("?embed=1&", "?").replace("?embed=1", "").replace("&embed=1", "")
}

/// Embed mode, for an iframe in a wiki page: `embed=1` in the page's own query (hash navigation keeps it). Hides
/// the site chrome (`data-embed` on `<html>`, see style/app.css) and loads `embed.js` (links that leave the guide
/// open in a new tab; the height goes to the parent page).
pub fn start_embed_mode() {
    let search = gloo::utils::window().location().search().unwrap_or_default();
    if !search.trim_start_matches('?').split('&').any(|pair| pair == "embed=1") {
        return;
    }
    let _ = gloo::utils::document_element().set_attribute("data-embed", "");
    let document = gloo::utils::document();
    if let (Ok(script), Some(body)) = (document.create_element("script"), document.body()) {
        let _ = script.set_attribute("src", "embed.js");
        let _ = body.append_child(&script);
    }
}

/// The `data-action` of the element a click landed on (the share panel's buttons carry one).
pub fn action_of(event: &web_sys::MouseEvent) -> Option<String> {
    event.target()?.dyn_into::<web_sys::Element>().ok()?.get_attribute("data-action")
}

/// Whether the checkbox with this id is ticked (false when there is none).
pub fn is_checked(id: &str) -> bool {
    let element = gloo::utils::document().get_element_by_id(id);
    element.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|input| input.checked())
}

/// Focuses the element with this id.
pub fn focus_id(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// "/" anywhere but in a form field focuses the search field, or, on pages without one, follows the header's
/// search link (the search page then focuses its field). Listens until the returned guard is dropped.
pub fn on_search_shortcut() -> gloo::events::EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(&gloo::utils::document(), "keydown", options, |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        // (The guide has no editable areas besides form fields.)
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|target| matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if event.key() != "/" || typing || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        event.prevent_default();
        if gloo::utils::document().get_element_by_id("search-input").is_some() {
            focus_id("search-input");
        } else {
            click_first("a.search-link");
        }
    })
}

/// Follows the first link matching `selector`, as a click would.
fn click_first(selector: &str) {
    let link = gloo::utils::document().query_selector(selector).ok().flatten();
    if let Some(link) = link.and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok()) {
        link.click();
    }
}

/// Enter in the search field: opens the first result, if there is one.
pub fn open_first_result() {
    click_first("#search-hit-0");
}

/// Arrow keys in the search results: moves focus from the field to the first result (`search-hit-0`), between
/// results, and from the first result back to the field. `down` is ArrowDown. Returns whether focus moved.
pub fn move_in_results(down: bool) -> bool {
    let document = gloo::utils::document();
    let active = document.active_element().map(|element| element.id()).unwrap_or_default();
    let current: Option<usize> = active.strip_prefix("search-hit-").and_then(|n| n.parse().ok());
    let target = match (current, down) {
        (None, true) if active == "search-input" => "search-hit-0".to_string(),
        (Some(0), false) => "search-input".to_string(),
        (Some(n), true) => format!("search-hit-{}", n + 1),
        (Some(n), false) => format!("search-hit-{}", n - 1),
        _ => return false,
    };
    let found = document.get_element_by_id(&target).is_some();
    focus_id(&target);
    found
}
