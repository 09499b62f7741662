//! A wizard's step indicator: every step named, the current one marked with
//! `aria-current="step"` and in words ("Step 2 of 3"), not by colour alone.
use leptos::prelude::*;

use crate::i18n::{tr, use_i18n};

#[component]
pub fn StepIndicator(
    /// The translation keys of the steps' names, in order. A wizard whose
    /// steps depend on its answers (SUB-2: someone else finishes the
    /// order) passes a signal.
    #[prop(into)]
    steps: Signal<Vec<&'static str>>,
    /// The current step, counted from 0.
    current: Signal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let total = move || steps.with(Vec::len);
    view! {
        <nav class="steps" aria-label=tr("steps-label")>
            <p class="visually-hidden">
                {move || {
                    i18n.t_args(
                        "steps-position",
                        &[("step", (current.get() + 1).to_string()), ("total", total().to_string())],
                    )
                }}
            </p>
            <ol>
                {move || {
                    steps
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, key)| {
                        let state = move || match index.cmp(&current.get()) {
                            std::cmp::Ordering::Less => "done",
                            std::cmp::Ordering::Equal => "current",
                            std::cmp::Ordering::Greater => "todo",
                        };
                        view! {
                            <li
                                class=move || format!("step step-{}", state())
                                aria-current=move || (state() == "current").then_some("step")
                            >
                                <span class="step-number" aria-hidden="true">{index + 1}</span>
                                <span class="step-name">{tr(key)}</span>
                            </li>
                        }
                    })
                    .collect_view()
                }}
            </ol>
        </nav>
    }
}
