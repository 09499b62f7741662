//! A menu button (the "…" of a card): the WAI-ARIA menu-button pattern.
//! Enter, Space or ↓ opens the menu on its first item, ↑ on its last; ↑ ↓
//! Home End move between items; Esc closes it and returns to the button;
//! leaving the menu (Tab, a click elsewhere) closes it.
use leptos::{ev, html, prelude::*};

#[component]
pub fn MenuButton(
    /// Makes the button's and the menu's ids unique on the page.
    #[prop(into)]
    id: String,
    /// The button's accessible name ("Device actions for Avery Archer").
    #[prop(into)]
    label: Signal<String>,
    /// The items: `<li role="none">` each holding one `role="menuitem"`.
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let button = NodeRef::<html::Button>::new();
    let menu = NodeRef::<html::Ul>::new();
    let container = NodeRef::<html::Div>::new();
    let (button_id, menu_id) = (format!("{id}-button"), format!("{id}-menu"));
    let children = StoredValue::new(children);

    let show = move |first: bool| {
        open.set(true);
        request_animation_frame(move || {
            focus_item(menu, if first { Step::First } else { Step::Last })
        });
    };
    let close = move |refocus: bool| {
        open.set(false);
        if refocus && let Some(button) = button.get_untracked() {
            let _ = button.focus();
        }
    };
    let on_button_key = move |ev: ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" => {
            ev.prevent_default();
            show(true);
        }
        "ArrowUp" => {
            ev.prevent_default();
            show(false);
        }
        "Escape" if open.get_untracked() => {
            ev.prevent_default();
            close(true);
        }
        _ => {}
    };
    let on_menu_key = move |ev: ev::KeyboardEvent| {
        let step = match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                ev.stop_propagation();
                close(true);
                return;
            }
            "Tab" => {
                close(false);
                return;
            }
            "ArrowDown" => Step::Next,
            "ArrowUp" => Step::Previous,
            "Home" => Step::First,
            "End" => Step::Last,
            _ => return,
        };
        ev.prevent_default();
        focus_item(menu, step);
    };
    // Focus moving outside the button and its menu closes the menu.
    let on_focus_out = move |ev: ev::FocusEvent| {
        use leptos::wasm_bindgen::JsCast;
        let inside = ev
            .related_target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::Node>().ok())
            .zip(container.get_untracked())
            .is_some_and(|(target, container)| container.contains(Some(&target)));
        if !inside {
            open.set(false);
        }
    };

    view! {
        <div class="menu-button" node_ref=container on:focusout=on_focus_out>
            <button
                type="button"
                class="button secondary small"
                id=button_id.clone()
                node_ref=button
                aria-haspopup="menu"
                aria-expanded=move || open.get().to_string()
                aria-controls=menu_id.clone()
                aria-label=move || label.get()
                on:click=move |_| {
                    if open.get_untracked() { close(false) } else { show(true) }
                }
                on:keydown=on_button_key
            >
                <span aria-hidden="true">"…"</span>
            </button>
            <ul
                class="menu"
                role="menu"
                id=menu_id
                node_ref=menu
                aria-labelledby=button_id
                hidden=move || !open.get()
                on:keydown=on_menu_key
            >
                {move || children.read_value()()}
            </ul>
        </div>
    }
}

#[derive(Clone, Copy)]
enum Step {
    First,
    Last,
    Next,
    Previous,
}

/// Moves focus among the menu's items (wrapping around at either end).
fn focus_item(menu: NodeRef<html::Ul>, step: Step) {
    #[cfg(feature = "csr")]
    {
        use wasm_bindgen::JsCast;
        let Some(menu) = menu.get_untracked() else {
            return;
        };
        let Ok(list) = menu.query_selector_all("[role=menuitem]") else {
            return;
        };
        let items: Vec<web_sys::HtmlElement> = (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into().ok())
            .collect();
        if items.is_empty() {
            return;
        }
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let current = items.iter().position(|item| {
            let node: &web_sys::Node = item;
            active.as_ref().is_some_and(|a| a.is_same_node(Some(node)))
        });
        let last = items.len() - 1;
        let index = match (step, current) {
            (Step::First, _) | (Step::Next, None) => 0,
            (Step::Last, _) | (Step::Previous, None) => last,
            (Step::Next, Some(i)) => {
                if i == last {
                    0
                } else {
                    i + 1
                }
            }
            (Step::Previous, Some(i)) => {
                if i == 0 {
                    last
                } else {
                    i - 1
                }
            }
        };
        let _ = items[index].focus();
    }
    #[cfg(not(feature = "csr"))]
    let _ = (menu, step);
}
